<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>The backup to {path} failed: {reason}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be restored: {reason} Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a BranchOps backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a BranchOps backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integrity check failed ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no schema revision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was made by a newer BranchOps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed: {reason}. The database was not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BranchProfile</name>
    <message>
        <source>Branch code: 2–32 letters, digits, - or _ (for example BR0123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal year start must be a month from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HQ report due day must be from 1 to 28.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report language must be Chinese or English.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}: closing time must be after opening time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The branch must open on at least one weekday.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Database integrity: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table {table}, row {rowid} points to a missing {parent} record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entry {seq} has been deleted (the chain has a gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entry {seq} has been edited after it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log entry {seq} does not follow the entry before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Interrupted; nothing more was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data written to {db} ({months} months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and restore work on SQLite files; back up a PostgreSQL server with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a new database at schema {rev}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from {old} to {new}; the old file was kept as {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is already at the newest schema ({rev}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: integrity, foreign keys and audit log are sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored {file} into {db}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replaced database was kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseErrors</name>
    <message>
        <source>The folder for the database does not exist: {path}. Choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a BranchOps database. Choose the .sqlite3 file that BranchOps created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the database {path}: {reason}. Check the file&apos;s rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in {path}. The folder is read-only; choose a folder you may write in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} was made by a newer BranchOps (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database {target}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo data needs at least 1 month and 3 staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already has staff records; demo data goes into a new or empty database only. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <source>Headcount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this. Ask the branch manager.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterRules</name>
    <message>
        <source>Shift {name}: the break ({brk} min) must be shorter than the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown shift type {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown person id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two shift types share a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two people share an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no contracted weekly hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {shift}: the maximum headcount {max} is below the minimum {min}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is rostered for {shifts} on {day}; one shift a day is the most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is rostered for {shift} on {day} but is unavailable that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has half a day of approved leave on {day}, so {shift} ({hours} h paid) does not fit (at most {max} h beside half a day of leave).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is rostered for {shift} on {day} but is on approved leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s {a} on {day_a} overlaps {b} on {day_b}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has only {hours:.1f} h rest between {a} on {day_a} and {b} on {day_b} (minimum {min:g} h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} works {count} days in a row from {first} to {last} (maximum {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is rostered {hours} h in week {week}, over the legal limit of {max:g} h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is rostered {hours} h plus {leave} h of leave in week {week}, over the contracted {contract} h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is rostered {hours} h in week {week}, over the contracted {contract} h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {shift} has {count} people rostered but the shift is not run that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {shift} has {count} of the {min} people it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {shift} has {count} people, more than the {max} allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {shift} needs {required} people with {skill} but has {have}; the skill of {names} has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {shift} needs {required} people with {skill} but has {have}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Weekdays</name>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
