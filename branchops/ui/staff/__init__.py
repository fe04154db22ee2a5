"""Staff and scheduling screens: directory, shifts and needs, leave, roster grid, timesheet."""
