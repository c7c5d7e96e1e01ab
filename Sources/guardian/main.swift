import GuardianCommands

Guardian.main()
