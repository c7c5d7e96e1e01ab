import GuardianCommands

Guardian.entry()
