import GuardianCommands

await Guardian.main()
