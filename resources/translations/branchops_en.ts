<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Backup</name>
        <message>
            <source>The backup to {path} failed: {reason}. Nothing was changed.</source>
            <translation>The backup to {path} failed: {reason}. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} cannot be restored: {reason} Nothing was changed.</source>
            <translation>{path} cannot be restored: {reason} Nothing was changed.</translation>
        </message>
        <message>
            <source>the file does not exist.</source>
            <translation>the file does not exist.</translation>
        </message>
        <message>
            <source>it is not a BranchOps backup.</source>
            <translation>it is not a BranchOps backup.</translation>
        </message>
        <message>
            <source>it is damaged or not a BranchOps backup.</source>
            <translation>it is damaged or not a BranchOps backup.</translation>
        </message>
        <message>
            <source>the integrity check failed ({detail}).</source>
            <translation>the integrity check failed ({detail}).</translation>
        </message>
        <message>
            <source>it has no schema revision.</source>
            <translation>it has no schema revision.</translation>
        </message>
        <message>
            <source>it was made by a newer BranchOps.</source>
            <translation>it was made by a newer BranchOps.</translation>
        </message>
        <message>
            <source>Restore failed: {reason}. The database was not replaced.</source>
            <translation>Restore failed: {reason}. The database was not replaced.</translation>
        </message>
    </context>
    <context>
        <name>BranchProfile</name>
        <message>
            <source>Branch code: 2–32 letters, digits, - or _ (for example BR0123).</source>
            <translation>Branch code: 2–32 letters, digits, - or _ (for example BR0123).</translation>
        </message>
        <message>
            <source>Branch name is required.</source>
            <translation>Branch name is required.</translation>
        </message>
        <message>
            <source>Fiscal year start must be a month from 1 to 12.</source>
            <translation>Fiscal year start must be a month from 1 to 12.</translation>
        </message>
        <message>
            <source>HQ report due day must be from 1 to 28.</source>
            <translation>HQ report due day must be from 1 to 28.</translation>
        </message>
        <message>
            <source>Report language must be Chinese or English.</source>
            <translation>Report language must be Chinese or English.</translation>
        </message>
        <message>
            <source>{day}: closing time must be after opening time.</source>
            <translation>{day}: closing time must be after opening time.</translation>
        </message>
        <message>
            <source>The branch must open on at least one weekday.</source>
            <translation>The branch must open on at least one weekday.</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>Database integrity: {detail}</source>
            <translation>Database integrity: {detail}</translation>
        </message>
        <message>
            <source>Table {table}, row {rowid} points to a missing {parent} record.</source>
            <translation>Table {table}, row {rowid} points to a missing {parent} record.</translation>
        </message>
        <message>
            <source>Audit log entry {seq} has been deleted (the chain has a gap).</source>
            <translation>Audit log entry {seq} has been deleted (the chain has a gap).</translation>
        </message>
        <message>
            <source>Audit log entry {seq} has been edited after it was written.</source>
            <translation>Audit log entry {seq} has been edited after it was written.</translation>
        </message>
        <message>
            <source>Audit log entry {seq} does not follow the entry before it.</source>
            <translation>Audit log entry {seq} does not follow the entry before it.</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Interrupted; nothing more was changed.</source>
            <translation>Interrupted; nothing more was changed.</translation>
        </message>
        <message>
            <source>Demo data written to {db} ({months} months).</source>
            <translation>Demo data written to {db} ({months} months).</translation>
        </message>
        <message>
            <source>Backup and restore work on SQLite files; back up a PostgreSQL server with pg_dump.</source>
            <translation>Backup and restore work on SQLite files; back up a PostgreSQL server with pg_dump.</translation>
        </message>
        <message>
            <source>Created a new database at schema {rev}.</source>
            <translation>Created a new database at schema {rev}.</translation>
        </message>
        <message>
            <source>Upgraded from {old} to {new}; the old file was kept as {copy}.</source>
            <translation>Upgraded from {old} to {new}; the old file was kept as {copy}.</translation>
        </message>
        <message>
            <source>The database is already at the newest schema ({rev}).</source>
            <translation>The database is already at the newest schema ({rev}).</translation>
        </message>
        <message>
            <source>No problems found: integrity, foreign keys and audit log are sound.</source>
            <translation>No problems found: integrity, foreign keys and audit log are sound.</translation>
        </message>
        <message>
            <source>The database {path} does not exist.</source>
            <translation>The database {path} does not exist.</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Backup written to {path}.</translation>
        </message>
        <message>
            <source>Restored {file} into {db}.</source>
            <translation>Restored {file} into {db}.</translation>
        </message>
        <message>
            <source>The replaced database was kept as {path}.</source>
            <translation>The replaced database was kept as {path}.</translation>
        </message>
    </context>
    <context>
        <name>DatabaseErrors</name>
        <message>
            <source>The folder for the database does not exist: {path}. Choose another.</source>
            <translation>The folder for the database does not exist: {path}. Choose another.</translation>
        </message>
        <message>
            <source>{path} is not a BranchOps database. Choose the .sqlite3 file that BranchOps created.</source>
            <translation>{path} is not a BranchOps database. Choose the .sqlite3 file that BranchOps created.</translation>
        </message>
        <message>
            <source>Cannot read the database {path}: {reason}. Check the file's rights.</source>
            <translation>Cannot read the database {path}: {reason}. Check the file's rights.</translation>
        </message>
        <message>
            <source>Cannot write in {path}. The folder is read-only; choose a folder you may write in.</source>
            <translation>Cannot write in {path}. The folder is read-only; choose a folder you may write in.</translation>
        </message>
        <message>
            <source>The database {path} was made by a newer BranchOps (schema {revision}). Install the newer version to open it; nothing was changed.</source>
            <translation>The database {path} was made by a newer BranchOps (schema {revision}). Install the newer version to open it; nothing was changed.</translation>
        </message>
        <message>
            <source>Cannot connect to the database {target}: {reason}</source>
            <translation>Cannot connect to the database {target}: {reason}</translation>
        </message>
        <message>
            <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
            <translation>The disk is full while writing {path}. Free some space and try again; nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>Demo</name>
        <message>
            <source>Demo data needs at least 1 month and 3 staff.</source>
            <translation>Demo data needs at least 1 month and 3 staff.</translation>
        </message>
        <message>
            <source>This database already has staff records; demo data goes into a new or empty database only. Nothing was changed.</source>
            <translation>This database already has staff records; demo data goes into a new or empty database only. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <source>Headcount</source>
            <translation>Headcount</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role ({role}) may not do this. Ask the branch manager.</source>
            <translation>Your role ({role}) may not do this. Ask the branch manager.</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Read-only</translation>
        </message>
    </context>
    <context>
        <name>RosterRules</name>
        <message>
            <source>Shift {name}: the break ({brk} min) must be shorter than the shift.</source>
            <translation>Shift {name}: the break ({brk} min) must be shorter than the shift.</translation>
        </message>
        <message>
            <source>Unknown shift type {code}.</source>
            <translation>Unknown shift type {code}.</translation>
        </message>
        <message>
            <source>Unknown person id {id}.</source>
            <translation>Unknown person id {id}.</translation>
        </message>
        <message>
            <source>Two shift types share a code.</source>
            <translation>Two shift types share a code.</translation>
        </message>
        <message>
            <source>Two people share an id.</source>
            <translation>Two people share an id.</translation>
        </message>
        <message>
            <source>{name} has no contracted weekly hours.</source>
            <translation>{name} has no contracted weekly hours.</translation>
        </message>
        <message>
            <source>{day} {shift}: the maximum headcount {max} is below the minimum {min}.</source>
            <translation>{day} {shift}: the maximum headcount {max} is below the minimum {min}.</translation>
        </message>
        <message>
            <source>{name} is rostered for {shifts} on {day}; one shift a day is the most.</source>
            <translation>{name} is rostered for {shifts} on {day}; one shift a day is the most.</translation>
        </message>
        <message>
            <source>{name} is rostered for {shift} on {day} but is unavailable that day.</source>
            <translation>{name} is rostered for {shift} on {day} but is unavailable that day.</translation>
        </message>
        <message>
            <source>{name} has half a day of approved leave on {day}, so {shift} ({hours} h paid) does not fit (at most {max} h beside half a day of leave).</source>
            <translation>{name} has half a day of approved leave on {day}, so {shift} ({hours} h paid) does not fit (at most {max} h beside half a day of leave).</translation>
        </message>
        <message>
            <source>{name} is rostered for {shift} on {day} but is on approved leave.</source>
            <translation>{name} is rostered for {shift} on {day} but is on approved leave.</translation>
        </message>
        <message>
            <source>{name}'s {a} on {day_a} overlaps {b} on {day_b}.</source>
            <translation>{name}'s {a} on {day_a} overlaps {b} on {day_b}.</translation>
        </message>
        <message>
            <source>{name} has only {hours:.1f} h rest between {a} on {day_a} and {b} on {day_b} (minimum {min:g} h).</source>
            <translation>{name} has only {hours:.1f} h rest between {a} on {day_a} and {b} on {day_b} (minimum {min:g} h).</translation>
        </message>
        <message>
            <source>{name} works {count} days in a row from {first} to {last} (maximum {max}).</source>
            <translation>{name} works {count} days in a row from {first} to {last} (maximum {max}).</translation>
        </message>
        <message>
            <source>{name} is rostered {hours} h in week {week}, over the legal limit of {max:g} h.</source>
            <translation>{name} is rostered {hours} h in week {week}, over the legal limit of {max:g} h.</translation>
        </message>
        <message>
            <source>{name} is rostered {hours} h plus {leave} h of leave in week {week}, over the contracted {contract} h.</source>
            <translation>{name} is rostered {hours} h plus {leave} h of leave in week {week}, over the contracted {contract} h.</translation>
        </message>
        <message>
            <source>{name} is rostered {hours} h in week {week}, over the contracted {contract} h.</source>
            <translation>{name} is rostered {hours} h in week {week}, over the contracted {contract} h.</translation>
        </message>
        <message>
            <source>{day} {shift} has {count} people rostered but the shift is not run that day.</source>
            <translation>{day} {shift} has {count} people rostered but the shift is not run that day.</translation>
        </message>
        <message>
            <source>{day} {shift} has {count} of the {min} people it needs.</source>
            <translation>{day} {shift} has {count} of the {min} people it needs.</translation>
        </message>
        <message>
            <source>{day} {shift} has {count} people, more than the {max} allowed.</source>
            <translation>{day} {shift} has {count} people, more than the {max} allowed.</translation>
        </message>
        <message>
            <source>{day} {shift} needs {required} people with {skill} but has {have}; the skill of {names} has expired.</source>
            <translation>{day} {shift} needs {required} people with {skill} but has {have}; the skill of {names} has expired.</translation>
        </message>
        <message>
            <source>{day} {shift} needs {required} people with {skill} but has {have}.</source>
            <translation>{day} {shift} needs {required} people with {skill} but has {have}.</translation>
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <source>{field} is required.</source>
            <translation>{field} is required.</translation>
        </message>
    </context>
    <context>
        <name>Weekdays</name>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
    </context>
</TS>
