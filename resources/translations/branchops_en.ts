<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>About</name>
        <message>
            <source>About BranchOps</source>
            <translation>About BranchOps</translation>
        </message>
        <message>
            <source>Operations of one branch office: quality, staff and HQ reports.</source>
            <translation>Operations of one branch office: quality, staff and HQ reports.</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>Schema revision</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Python / Qt</source>
            <translation>Python / Qt</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Verified</source>
            <translation>Verified</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Urgent</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Drill</source>
            <translation>Drill</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>HQ notice</source>
            <translation>HQ notice</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>This corrective action no longer exists.</source>
            <translation>This corrective action no longer exists.</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>Say what is to be done.</translation>
        </message>
        <message>
            <source>The title is longer than {limit} characters.</source>
            <translation>The title is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>Choose who owns the action.</source>
            <translation>Choose who owns the action.</translation>
        </message>
        <message>
            <source>The chosen owner does not exist.</source>
            <translation>The chosen owner does not exist.</translation>
        </message>
        <message>
            <source>Choose a due date.</source>
            <translation>Choose a due date.</translation>
        </message>
        <message>
            <source>Not possible while the action is {status}.</source>
            <translation>Not possible while the action is {status}.</translation>
        </message>
        <message>
            <source>Describe the evidence of what was done before marking it done.</source>
            <translation>Describe the evidence of what was done before marking it done.</translation>
        </message>
        <message>
            <source>An action cannot be done before it was raised.</source>
            <translation>An action cannot be done before it was raised.</translation>
        </message>
        <message>
            <source>Choose who verified the action.</source>
            <translation>Choose who verified the action.</translation>
        </message>
        <message>
            <source>The chosen verifier does not exist.</source>
            <translation>The chosen verifier does not exist.</translation>
        </message>
        <message>
            <source>The owner cannot verify their own action; choose someone else.</source>
            <translation>The owner cannot verify their own action; choose someone else.</translation>
        </message>
        <message>
            <source>Verification cannot be before the action was done.</source>
            <translation>Verification cannot be before the action was done.</translation>
        </message>
        <message>
            <source>Say why the action goes back to in progress.</source>
            <translation>Say why the action goes back to in progress.</translation>
        </message>
        <message>
            <source>{date} sent back: {reason}</source>
            <translation>{date} sent back: {reason}</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Corrective action</translation>
        </message>
        <message>
            <source>Corrective action {id}</source>
            <translation>Corrective action {id}</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>What is to be done</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>e.g. HQ notice no. 12 of March</source>
            <translation>e.g. HQ notice no. 12 of March</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <source>What was done, and what shows it (photo, record, signature)…</source>
            <translation>What was done, and what shows it (photo, record, signature)…</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Verify the action</source>
            <translation>Verify the action</translation>
        </message>
        <message>
            <source>{name} (owner)</source>
            <translation>{name} (owner)</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Verified by</translation>
        </message>
        <message>
            <source>Verified on</source>
            <translation>Verified on</translation>
        </message>
    </context>
    <context>
        <name>ActionsPage</name>
        <message>
            <source>Corrective actions</source>
            <translation>Corrective actions</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Not done yet</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Any source</source>
            <translation>Any source</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Overdue only</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Mark done…</source>
            <translation>Mark done…</translation>
        </message>
        <message>
            <source>Verify…</source>
            <translation>Verify…</translation>
        </message>
        <message>
            <source>Send back…</source>
            <translation>Send back…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Open source</source>
            <translation>Open source</translation>
        </message>
        <message>
            <source>Any owner</source>
            <translation>Any owner</translation>
        </message>
        <message>
            <source>Send back</source>
            <translation>Send back</translation>
        </message>
        <message>
            <source>Why does the action go back to in progress?</source>
            <translation>Why does the action go back to in progress?</translation>
        </message>
        <message>
            <source>Delete the action “{title}”?</source>
            <translation>Delete the action “{title}”?</translation>
        </message>
        <message>
            <source>{source}: {link}</source>
            <translation>{source}: {link}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>BranchOps cannot start</source>
            <translation>BranchOps cannot start</translation>
        </message>
        <message>
            <source>Cannot create the data folder: {reason}</source>
            <translation>Cannot create the data folder: {reason}</translation>
        </message>
        <message>
            <source>BranchOps is already open on this database.</source>
            <translation>BranchOps is already open on this database.</translation>
        </message>
        <message>
            <source>Another copy of BranchOps is using {db}. Close it first, then start again.</source>
            <translation>Another copy of BranchOps is using {db}. Close it first, then start again.</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>Changed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>{field}: {old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
    </context>
    <context>
        <name>AuditEntity</name>
        <message>
            <source>Branch profile</source>
            <translation>Branch profile</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>KPI target</source>
            <translation>KPI target</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>Setting</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Staff skill</source>
            <translation>Staff skill</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Skill</translation>
        </message>
        <message>
            <source>Shift type</source>
            <translation>Shift type</translation>
        </message>
        <message>
            <source>Staffing need</source>
            <translation>Staffing need</translation>
        </message>
        <message>
            <source>Required skill</source>
            <translation>Required skill</translation>
        </message>
        <message>
            <source>Special day</source>
            <translation>Special day</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Leave entitlement</source>
            <translation>Leave entitlement</translation>
        </message>
        <message>
            <source>Unavailable day</source>
            <translation>Unavailable day</translation>
        </message>
        <message>
            <source>Shift preference</source>
            <translation>Shift preference</translation>
        </message>
        <message>
            <source>Roster assignment</source>
            <translation>Roster assignment</translation>
        </message>
        <message>
            <source>Roster change</source>
            <translation>Roster change</translation>
        </message>
        <message>
            <source>Roster publication</source>
            <translation>Roster publication</translation>
        </message>
        <message>
            <source>Rule override</source>
            <translation>Rule override</translation>
        </message>
        <message>
            <source>Timesheet entry</source>
            <translation>Timesheet entry</translation>
        </message>
        <message>
            <source>Checklist template</source>
            <translation>Checklist template</translation>
        </message>
        <message>
            <source>Checklist version</source>
            <translation>Checklist version</translation>
        </message>
        <message>
            <source>Checklist section</source>
            <translation>Checklist section</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>Checklist item</translation>
        </message>
        <message>
            <source>Inspection</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <source>Inspection answer</source>
            <translation>Inspection answer</translation>
        </message>
        <message>
            <source>Inspection photo</source>
            <translation>Inspection photo</translation>
        </message>
        <message>
            <source>Inspection amendment</source>
            <translation>Inspection amendment</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Corrective action</translation>
        </message>
        <message>
            <source>Report export</source>
            <translation>Report export</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Verify chain</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>All users</source>
            <translation>All users</translation>
        </message>
        <message>
            <source>All record types</source>
            <translation>All record types</translation>
        </message>
        <message>
            <source>The audit log is complete and unchanged.</source>
            <translation>The audit log is complete and unchanged.</translation>
        </message>
    </context>
    <context>
        <name>AutoRoster</name>
        <message>
            <source>Best possible roster found.</source>
            <translation>Best possible roster found.</translation>
        </message>
        <message>
            <source>Good roster found (not proven the best).</source>
            <translation>Good roster found (not proven the best).</translation>
        </message>
        <message>
            <source>Stopped; the best roster found so far is shown.</source>
            <translation>Stopped; the best roster found so far is shown.</translation>
        </message>
        <message>
            <source>No roster meets the hard rules:</source>
            <translation>No roster meets the hard rules:</translation>
        </message>
        <message>
            <source>No roster was found in time. Allow more time, or check:</source>
            <translation>No roster was found in time. Allow more time, or check:</translation>
        </message>
        <message>
            <source>Auto-roster {first} – {last}</source>
            <translation>Auto-roster {first} – {last}</translation>
        </message>
        <message>
            <source>May change published days</source>
            <translation>May change published days</translation>
        </message>
        <message>
            <source>Why published days may change (kept with each change)</source>
            <translation>Why published days may change (kept with each change)</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Stop and keep the best</source>
            <translation>Stop and keep the best</translation>
        </message>
        <message>
            <source>Time limit</source>
            <translation>Time limit</translation>
        </message>
        <message>
            <source>The current draft is kept until you accept a result.</source>
            <translation>The current draft is kept until you accept a result.</translation>
        </message>
        <message>
            <source>Accept as draft</source>
            <translation>Accept as draft</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Give the reason why published days may change.</source>
            <translation>Give the reason why published days may change.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>The search failed; the draft is unchanged.</source>
            <translation>The search failed; the draft is unchanged.</translation>
        </message>
        <message>
            <source>{head} {count} cells change; score {score:.1f}.</source>
            <translation>{head} {count} cells change; score {score:.1f}.</translation>
        </message>
        <message>
            <source>Published days kept as they are: {days}.</source>
            <translation>Published days kept as they are: {days}.</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>Searching… best roster so far: score {score:.1f} (bound {bound:.1f}, gap {gap:.0%}); {count} rosters found in {seconds:.1f} s.</source>
            <translation>Searching… best roster so far: score {score:.1f} (bound {bound:.1f}, gap {gap:.0%}); {count} rosters found in {seconds:.1f} s.</translation>
        </message>
    </context>
    <context>
        <name>AutoRosterStatus</name>
        <message>
            <source>best possible</source>
            <translation>best possible</translation>
        </message>
        <message>
            <source>good, not proven the best</source>
            <translation>good, not proven the best</translation>
        </message>
        <message>
            <source>stopped early</source>
            <translation>stopped early</translation>
        </message>
        <message>
            <source>no roster meets the hard rules</source>
            <translation>no roster meets the hard rules</translation>
        </message>
        <message>
            <source>none found in time</source>
            <translation>none found in time</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>The backup to {path} failed: {reason}. Nothing was changed.</source>
            <translation>The backup to {path} failed: {reason}. Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is a folder; name the backup file, for example {example}.</source>
            <translation>{path} is a folder; name the backup file, for example {example}.</translation>
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
        <name>Backups</name>
        <message>
            <source>Back up</source>
            <translation>Back up</translation>
        </message>
        <message>
            <source>This database is on a server; back it up with pg_dump.</source>
            <translation>This database is on a server; back it up with pg_dump.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Backing up…</translation>
        </message>
        <message>
            <source>Backup written to {path}.</source>
            <translation>Backup written to {path}.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>This database is on a server; restore it with pg_restore.</source>
            <translation>This database is on a server; restore it with pg_restore.</translation>
        </message>
        <message>
            <source>Choose a backup to restore</source>
            <translation>Choose a backup to restore</translation>
        </message>
        <message>
            <source>BranchOps backups (*.sqlite3)</source>
            <translation>BranchOps backups (*.sqlite3)</translation>
        </message>
        <message>
            <source>Replace the current data with this backup? The current database is kept in the backups folder. BranchOps closes afterwards; start it again.</source>
            <translation>Replace the current data with this backup? The current database is kept in the backups folder. BranchOps closes afterwards; start it again.</translation>
        </message>
        <message>
            <source>The backup was restored. BranchOps will now close.</source>
            <translation>The backup was restored. BranchOps will now close.</translation>
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
        <message>
            <source>Keep between 1 and 365 backups.</source>
            <translation>Keep between 1 and 365 backups.</translation>
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
        <message>
            <source>The month {text} is not in the form YYYY-MM (e.g. 2026-10).</source>
            <translation>The month {text} is not in the form YYYY-MM (e.g. 2026-10).</translation>
        </message>
        <message>
            <source>{value} is not a month; write it as YYYY-MM.</source>
            <translation>{value} is not a month; write it as YYYY-MM.</translation>
        </message>
        <message>
            <source>--out must name a .xlsx or .pdf file (got {value}).</source>
            <translation>--out must name a .xlsx or .pdf file (got {value}).</translation>
        </message>
        <message>
            <source>--change-published works with --auto only.</source>
            <translation>--change-published works with --auto only.</translation>
        </message>
        <message>
            <source>--change-published needs --reason TEXT: why published days change.</source>
            <translation>--change-published needs --reason TEXT: why published days change.</translation>
        </message>
        <message>
            <source>--reason is for --change-published.</source>
            <translation>--reason is for --change-published.</translation>
        </message>
        <message>
            <source>No roster for {month} meets the hard rules; nothing was saved.</source>
            <translation>No roster for {month} meets the hard rules; nothing was saved.</translation>
        </message>
        <message>
            <source>No roster was found within {seconds:g} s; nothing was saved.</source>
            <translation>No roster was found within {seconds:g} s; nothing was saved.</translation>
        </message>
        <message>
            <source>Auto-roster ({status}, score {score:.1f}, {seconds:.1f} s): {count} cells changed.</source>
            <translation>Auto-roster ({status}, score {score:.1f}, {seconds:.1f} s): {count} cells changed.</translation>
        </message>
        <message>
            <source>Published days kept as they are: {days}.</source>
            <translation>Published days kept as they are: {days}.</translation>
        </message>
        <message>
            <source>Roster {month}, {branch}: {shifts} shifts for {people} staff; {status}.</source>
            <translation>Roster {month}, {branch}: {shifts} shifts for {people} staff; {status}.</translation>
        </message>
        <message>
            <source>Rule checks: no rule is broken.</source>
            <translation>Rule checks: no rule is broken.</translation>
        </message>
        <message>
            <source>Rule checks: 1 problem.</source>
            <translation>Rule checks: 1 problem.</translation>
        </message>
        <message>
            <source>Rule checks: {count} problems.</source>
            <translation>Rule checks: {count} problems.</translation>
        </message>
        <message>
            <source> (accepted: {reason})</source>
            <translation> (accepted: {reason})</translation>
        </message>
        <message>
            <source>Roster written to {path}.</source>
            <translation>Roster written to {path}.</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <source>Backup file</source>
            <translation>Backup file</translation>
        </message>
        <message>
            <source>Size (MB)</source>
            <translation>Size (MB)</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Has password</source>
            <translation>Has password</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Corrective action</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Raised from</source>
            <translation>Raised from</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Verified by</source>
            <translation>Verified by</translation>
        </message>
        <message>
            <source>Record type</source>
            <translation>Record type</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>Employee no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Decided by</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Entitled</source>
            <translation>Entitled</translation>
        </message>
        <message>
            <source>Taken</source>
            <translation>Taken</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Remaining</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Times</source>
            <translation>Times</translation>
        </message>
        <message>
            <source>Break (min)</source>
            <translation>Break (min)</translation>
        </message>
        <message>
            <source>Paid hours</source>
            <translation>Paid hours</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Required skills</source>
            <translation>Required skills</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>Needs</source>
            <translation>Needs</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Hours/week</source>
            <translation>Hours/week</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Hire date</translation>
        </message>
        <message>
            <source>Left on</source>
            <translation>Left on</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Active staff</source>
            <translation>Active staff</translation>
        </message>
        <message>
            <source>Skill</source>
            <translation>Skill</translation>
        </message>
        <message>
            <source>Active holders</source>
            <translation>Active holders</translation>
        </message>
        <message>
            <source>Planned h</source>
            <translation>Planned h</translation>
        </message>
        <message>
            <source>Actual h</source>
            <translation>Actual h</translation>
        </message>
        <message>
            <source>Difference h</source>
            <translation>Difference h</translation>
        </message>
        <message>
            <source>Overtime h</source>
            <translation>Overtime h</translation>
        </message>
        <message>
            <source>OT 150 %</source>
            <translation>OT 150 %</translation>
        </message>
        <message>
            <source>OT 200 %</source>
            <translation>OT 200 %</translation>
        </message>
        <message>
            <source>OT 300 %</source>
            <translation>OT 300 %</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>Leave days</translation>
        </message>
        <message>
            <source>Entered</source>
            <translation>Entered</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>Exported</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Gaps</source>
            <translation>Gaps</translation>
        </message>
        <message>
            <source>Unmasked</source>
            <translation>Unmasked</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Can be done until</source>
            <translation>Can be done until</translation>
        </message>
        <message>
            <source>Performed</source>
            <translation>Performed</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>Failed items</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>Amendments</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>Items</translation>
        </message>
        <message>
            <source>Archived</source>
            <translation>Archived</translation>
        </message>
    </context>
    <context>
        <name>Consolidation</name>
        <message>
            <source>The output {path} must end in .xlsx.</source>
            <translation>The output {path} must end in .xlsx.</translation>
        </message>
        <message>
            <source>No workbook matches {names}.</source>
            <translation>No workbook matches {names}.</translation>
        </message>
        <message>
            <source>Missing: branch {code} {name} sent no workbook.</source>
            <translation>Missing: branch {code} {name} sent no workbook.</translation>
        </message>
        <message>
            <source>Wrote {path}: {merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing.</source>
            <translation>Wrote {path}: {merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing.</translation>
        </message>
        <message>
            <source>Database: {loaded} submissions loaded, {unchanged} already there, {kept} kept because a later revision was loaded before.</source>
            <translation>Database: {loaded} submissions loaded, {unchanged} already there, {kept} kept because a later revision was loaded before.</translation>
        </message>
        <message>
            <source>Cannot read {path}: {reason}.</source>
            <translation>Cannot read {path}: {reason}.</translation>
        </message>
        <message>
            <source>{path} is not a text file (UTF-8 or GBK).</source>
            <translation>{path} is not a text file (UTF-8 or GBK).</translation>
        </message>
        <message>
            <source>{path}, line {line}: write the branch code and its key separated by a comma.</source>
            <translation>{path}, line {line}: write the branch code and its key separated by a comma.</translation>
        </message>
        <message>
            <source>{path}, line {line}: branch {code} has two different keys; keep one.</source>
            <translation>{path}, line {line}: branch {code} has two different keys; keep one.</translation>
        </message>
        <message>
            <source>Cannot read the expected-branch list {path}: {reason}.</source>
            <translation>Cannot read the expected-branch list {path}: {reason}.</translation>
        </message>
        <message>
            <source>{sheet} — consolidated monthly reports · {period}</source>
            <translation>{sheet} — consolidated monthly reports · {period}</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Generated at</source>
            <translation>Generated at</translation>
        </message>
        <message>
            <source>Branches merged</source>
            <translation>Branches merged</translation>
        </message>
        <message>
            <source>Files rejected</source>
            <translation>Files rejected</translation>
        </message>
        <message>
            <source>Branches missing</source>
            <translation>Branches missing</translation>
        </message>
        <message>
            <source>KPIs by branch</source>
            <translation>KPIs by branch</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>Branch code</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>Branch name</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>No branch workbook could be merged.</source>
            <translation>No branch workbook could be merged.</translation>
        </message>
        <message>
            <source>Ranking</source>
            <translation>Ranking</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>No values to rank.</source>
            <translation>No values to rank.</translation>
        </message>
        <message>
            <source>Rank 1 is the best; filter the KPI column to see one.</source>
            <translation>Rank 1 is the best; filter the KPI column to see one.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Branches reporting</source>
            <translation>Branches reporting</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Average</source>
            <translation>Average</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Maximum</source>
            <translation>Maximum</translation>
        </message>
        <message>
            <source>Best branch</source>
            <translation>Best branch</translation>
        </message>
        <message>
            <source>Files merged</source>
            <translation>Files merged</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Checksum</source>
            <translation>Checksum</translation>
        </message>
        <message>
            <source>Schema version</source>
            <translation>Schema version</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Rejected files</source>
            <translation>Rejected files</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>No file was rejected.</source>
            <translation>No file was rejected.</translation>
        </message>
        <message>
            <source>Missing branches</source>
            <translation>Missing branches</translation>
        </message>
        <message>
            <source>Every expected branch sent its workbook.</source>
            <translation>Every expected branch sent its workbook.</translation>
        </message>
        <message>
            <source>No list of expected branches was given (--expected), so none can be missing.</source>
            <translation>No list of expected branches was given (--expected), so none can be missing.</translation>
        </message>
        <message>
            <source>Cannot use the database {url}: {reason}.</source>
            <translation>Cannot use the database {url}: {reason}.</translation>
        </message>
        <message>
            <source>Loading into {url} failed; nothing was changed there: {reason}</source>
            <translation>Loading into {url} failed; nothing was changed there: {reason}</translation>
        </message>
        <message>
            <source>Signed with the HQ key of branch {code}, but no key for it was given; add it to the keys file (--keys).</source>
            <translation>Signed with the HQ key of branch {code}, but no key for it was given; add it to the keys file (--keys).</translation>
        </message>
        <message>
            <source>Not signed with the HQ key issued to branch {code}; ask the branch to enter the key and export again.</source>
            <translation>Not signed with the HQ key issued to branch {code}; ask the branch to enter the key and export again.</translation>
        </message>
        <message>
            <source>Unknown checksum type {algorithm}.</source>
            <translation>Unknown checksum type {algorithm}.</translation>
        </message>
        <message>
            <source>The data was changed after export (the checksum does not match); ask the branch for a new export.</source>
            <translation>The data was changed after export (the checksum does not match); ask the branch for a new export.</translation>
        </message>
        <message>
            <source>The same file was given twice.</source>
            <translation>The same file was given twice.</translation>
        </message>
        <message>
            <source>Wrong period: the file is for {found}, not {expected}.</source>
            <translation>Wrong period: the file is for {found}, not {expected}.</translation>
        </message>
        <message>
            <source>A copy of {file}, which is used instead.</source>
            <translation>A copy of {file}, which is used instead.</translation>
        </message>
        <message>
            <source>Replaced by revision {rev} in {file}.</source>
            <translation>Replaced by revision {rev} in {file}.</translation>
        </message>
        <message>
            <source>Same revision {rev} as {file} but different figures; the one generated later was used. Ask the branch which is right.</source>
            <translation>Same revision {rev} as {file} but different figures; the one generated later was used. Ask the branch which is right.</translation>
        </message>
        <message>
            <source>Replaces revision {revisions}.</source>
            <translation>Replaces revision {revisions}.</translation>
        </message>
        <message>
            <source>The data sheet does not say its schema version.</source>
            <translation>The data sheet does not say its schema version.</translation>
        </message>
        <message>
            <source>Unknown data-sheet schema version {version} (this BranchOps reads {known}); update BranchOps at HQ.</source>
            <translation>Unknown data-sheet schema version {version} (this BranchOps reads {known}); update BranchOps at HQ.</translation>
        </message>
        <message>
            <source>Not a readable .xlsx workbook ({detail}).</source>
            <translation>Not a readable .xlsx workbook ({detail}).</translation>
        </message>
        <message>
            <source>The workbook has no '{sheet}' sheet: it is not a BranchOps monthly workbook.</source>
            <translation>The workbook has no '{sheet}' sheet: it is not a BranchOps monthly workbook.</translation>
        </message>
        <message>
            <source>The data sheet's {field} is not a number.</source>
            <translation>The data sheet's {field} is not a number.</translation>
        </message>
        <message>
            <source>The data sheet has no KPI table.</source>
            <translation>The data sheet has no KPI table.</translation>
        </message>
        <message>
            <source>The data sheet lacks the rows: {names}.</source>
            <translation>The data sheet lacks the rows: {names}.</translation>
        </message>
        <message>
            <source>The data sheet is not a BranchOps monthly data sheet.</source>
            <translation>The data sheet is not a BranchOps monthly data sheet.</translation>
        </message>
        <message>
            <source>The data sheet's period {period} is not YYYY-MM.</source>
            <translation>The data sheet's period {period} is not YYYY-MM.</translation>
        </message>
        <message>
            <source>The value of KPI {key} is not a number.</source>
            <translation>The value of KPI {key} is not a number.</translation>
        </message>
        <message>
            <source>Consolidate branch workbooks</source>
            <translation>Consolidate branch workbooks</translation>
        </message>
        <message>
            <source>Add workbooks…</source>
            <translation>Add workbooks…</translation>
        </message>
        <message>
            <source>Add a folder…</source>
            <translation>Add a folder…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Branch workbooks</source>
            <translation>Branch workbooks</translation>
        </message>
        <message>
            <source>optional: .txt, .csv, .xlsx</source>
            <translation>optional: .txt, .csv, .xlsx</translation>
        </message>
        <message>
            <source>optional: branch_code,key CSV</source>
            <translation>optional: branch_code,key CSV</translation>
        </message>
        <message>
            <source>optional: SQLite file or postgresql+psycopg://…</source>
            <translation>optional: SQLite file or postgresql+psycopg://…</translation>
        </message>
        <message>
            <source>Consolidated workbook</source>
            <translation>Consolidated workbook</translation>
        </message>
        <message>
            <source>Expected branches</source>
            <translation>Expected branches</translation>
        </message>
        <message>
            <source>Branch keys</source>
            <translation>Branch keys</translation>
        </message>
        <message>
            <source>Also load into database</source>
            <translation>Also load into database</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Consolidate</source>
            <translation>Consolidate</translation>
        </message>
        <message>
            <source>Add workbooks</source>
            <translation>Add workbooks</translation>
        </message>
        <message>
            <source>Add a folder</source>
            <translation>Add a folder</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>Choose a file</translation>
        </message>
        <message>
            <source>Consolidating…</source>
            <translation>Consolidating…</translation>
        </message>
        <message>
            <source>{merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing. Written to {path}.</source>
            <translation>{merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing. Written to {path}.</translation>
        </message>
        <message>
            <source>Missing: {codes}</source>
            <translation>Missing: {codes}</translation>
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
        <name>EntitlementDialog</name>
        <message>
            <source>Annual leave entitlements</source>
            <translation>Annual leave entitlements</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Double-click a number of entitled days to change it; leave it empty to return to the statutory days.</source>
            <translation>Double-click a number of entitled days to change it; leave it empty to return to the statutory days.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Enter a number of days, for example 5 or 7.5.</source>
            <translation>Enter a number of days, for example 5 or 7.5.</translation>
        </message>
        <message>
            <source>{name} ({number}): {problem}</source>
            <translation>{name} ({number}): {problem}</translation>
        </message>
        <message>
            <source>Not saved; correct these rows:</source>
            <translation>Not saved; correct these rows:</translation>
        </message>
    </context>
    <context>
        <name>ErrorDialog</name>
        <message>
            <source>Something went wrong</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <source>BranchOps met an unexpected problem and stopped what it was doing. Records you had already saved are safe.</source>
            <translation>BranchOps met an unexpected problem and stopped what it was doing. Records you had already saved are safe.</translation>
        </message>
        <message>
            <source>You can carry on working. If it happens again, send the details below (also in the log file) to your IT contact.</source>
            <translation>You can carry on working. If it happens again, send the details below (also in the log file) to your IT contact.</translation>
        </message>
    </context>
    <context>
        <name>Excel</name>
        <message>
            <source>Cannot write {path}: {reason}. Close the file if it is open in Excel, or choose another folder.</source>
            <translation>Cannot write {path}: {reason}. Close the file if it is open in Excel, or choose another folder.</translation>
        </message>
        <message>
            <source>Exported {time} · {count} rows</source>
            <translation>Exported {time} · {count} rows</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>No rows.</source>
            <translation>No rows.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>On target</source>
            <translation>On target</translation>
        </message>
        <message>
            <source>Near target</source>
            <translation>Near target</translation>
        </message>
        <message>
            <source>Off target</source>
            <translation>Off target</translation>
        </message>
    </context>
    <context>
        <name>ExportList</name>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>The list contains personal data (names or phone numbers). Write them in full? Choose No to mask them (138****1234).</source>
            <translation>The list contains personal data (names or phone numbers). Write them in full? Choose No to mask them (138****1234).</translation>
        </message>
        <message>
            <source>{count} rows written to {path}.</source>
            <translation>{count} rows written to {path}.</translation>
        </message>
        <message>
            <source>Exporting the list…</source>
            <translation>Exporting the list…</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Checked {rows} rows: no problems. {created} would be added, {updated} updated, {unchanged} unchanged. Nothing was changed (dry run).</source>
            <translation>Checked {rows} rows: no problems. {created} would be added, {updated} updated, {unchanged} unchanged. Nothing was changed (dry run).</translation>
        </message>
        <message>
            <source>Imported {rows} rows: {created} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>Imported {rows} rows: {created} added, {updated} updated, {unchanged} unchanged.</translation>
        </message>
        <message>
            <source>The template file {path} must end in .xlsx.</source>
            <translation>The template file {path} must end in .xlsx.</translation>
        </message>
        <message>
            <source>Wrote the {kind} template to {path}.</source>
            <translation>Wrote the {kind} template to {path}.</translation>
        </message>
        <message>
            <source>write each choice as label=score, e.g. 优秀=100、良好=80、差=0.</source>
            <translation>write each choice as label=score, e.g. 优秀=100、良好=80、差=0.</translation>
        </message>
        <message>
            <source>differs from an earlier row of the same checklist; give it once or the same on every row.</source>
            <translation>differs from an earlier row of the same checklist; give it once or the same on every row.</translation>
        </message>
        <message>
            <source>the same item is already on row {row} of this section; keep one.</source>
            <translation>the same item is already on row {row} of this section; keep one.</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}</source>
            <translation>{file}, sheet {sheet}</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}, column {column}</source>
            <translation>{file}, sheet {sheet}, row {row}, column {column}</translation>
        </message>
        <message>
            <source>{file}, sheet {sheet}, row {row}</source>
            <translation>{file}, sheet {sheet}, row {row}</translation>
        </message>
        <message>
            <source>, value “{value}”</source>
            <translation>, value “{value}”</translation>
        </message>
        <message>
            <source>write 1–32 letters, digits, - or _ (e.g. E0012).</source>
            <translation>write 1–32 letters, digits, - or _ (e.g. E0012).</translation>
        </message>
        <message>
            <source>this employee no. is also on row {row}; keep one row per person.</source>
            <translation>this employee no. is also on row {row}; keep one row per person.</translation>
        </message>
        <message>
            <source>enter the name.</source>
            <translation>enter the name.</translation>
        </message>
        <message>
            <source>shorten the name to 64 characters.</source>
            <translation>shorten the name to 64 characters.</translation>
        </message>
        <message>
            <source>shorten the position to 64 characters.</source>
            <translation>shorten the position to 64 characters.</translation>
        </message>
        <message>
            <source>enter weekly hours above 0 and at most {limit:g}.</source>
            <translation>enter weekly hours above 0 and at most {limit:g}.</translation>
        </message>
        <message>
            <source>use digits, spaces, + and - only.</source>
            <translation>use digits, spaces, + and - only.</translation>
        </message>
        <message>
            <source>the leaving date is before the hire date; correct one of them.</source>
            <translation>the leaving date is before the hire date; correct one of them.</translation>
        </message>
        <message>
            <source>shorten each skill to 64 characters.</source>
            <translation>shorten each skill to 64 characters.</translation>
        </message>
        <message>
            <source>New position: {name}</source>
            <translation>New position: {name}</translation>
        </message>
        <message>
            <source>New skill: {name}</source>
            <translation>New skill: {name}</translation>
        </message>
        <message>
            <source>Unknown import kind {kind}; choose one of: {kinds}.</source>
            <translation>Unknown import kind {kind}; choose one of: {kinds}.</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Rows with the same checklist name form one checklist; an existing checklist of that name is updated.</source>
            <translation>Rows with the same checklist name form one checklist; an existing checklist of that name is updated.</translation>
        </message>
        <message>
            <source>Checklist (English)</source>
            <translation>Checklist (English)</translation>
        </message>
        <message>
            <source>Recurrence</source>
            <translation>Recurrence</translation>
        </message>
        <message>
            <source>Once per checklist (any of its rows).</source>
            <translation>Once per checklist (any of its rows).</translation>
        </message>
        <message>
            <source>Recurrence day</source>
            <translation>Recurrence day</translation>
        </message>
        <message>
            <source>Weekly: 0 = Monday … 6 = Sunday; monthly: the day of the month.</source>
            <translation>Weekly: 0 = Monday … 6 = Sunday; monthly: the day of the month.</translation>
        </message>
        <message>
            <source>Pass mark</source>
            <translation>Pass mark</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Item (English)</source>
            <translation>Item (English)</translation>
        </message>
        <message>
            <source>Answer type</source>
            <translation>Answer type</translation>
        </message>
        <message>
            <source>Empty means pass / fail / N/A.</source>
            <translation>Empty means pass / fail / N/A.</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Empty means 1.</source>
            <translation>Empty means 1.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Empty means process compliance.</source>
            <translation>Empty means process compliance.</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
        <message>
            <source>A failed critical item fails the whole inspection.</source>
            <translation>A failed critical item fails the whole inspection.</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <source>Scale top</source>
            <translation>Scale top</translation>
        </message>
        <message>
            <source>For a scale 0–N: N.</source>
            <translation>For a scale 0–N: N.</translation>
        </message>
        <message>
            <source>Choices</source>
            <translation>Choices</translation>
        </message>
        <message>
            <source>For a drop-down: label=score, separated by 、</source>
            <translation>For a drop-down: label=score, separated by 、</translation>
        </message>
        <message>
            <source>Lowest allowed</source>
            <translation>Lowest allowed</translation>
        </message>
        <message>
            <source>Highest allowed</source>
            <translation>Highest allowed</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>Item key</source>
            <translation>Item key</translation>
        </message>
        <message>
            <source>Optional; keeps an item's history when its text changes.</source>
            <translation>Optional; keeps an item's history when its text changes.</translation>
        </message>
        <message>
            <source>Checklist templates</source>
            <translation>Checklist templates</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Checklists</translation>
        </message>
        <message>
            <source>One row per checklist item, in the order they are asked. Checklist-wide columns (English name, recurrence, pass mark) need to be filled on one row only.</source>
            <translation>One row per checklist item, in the order they are asked. Checklist-wide columns (English name, recurrence, pass mark) need to be filled on one row only.</translation>
        </message>
        <message>
            <source>Importing a checklist that has been used makes a new version of it; past inspections keep theirs.</source>
            <translation>Importing a checklist that has been used makes a new version of it; past inspections keep theirs.</translation>
        </message>
        <message>
            <source>Full time</source>
            <translation>Full time</translation>
        </message>
        <message>
            <source>Part time</source>
            <translation>Part time</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>Employee no.</translation>
        </message>
        <message>
            <source>Unique per person; importing again updates the person with this number.</source>
            <translation>Unique per person; importing again updates the person with this number.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Full name.</source>
            <translation>Full name.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>A new position is created if it does not exist yet.</source>
            <translation>A new position is created if it does not exist yet.</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Full time or part time; empty means full time.</source>
            <translation>Full time or part time; empty means full time.</translation>
        </message>
        <message>
            <source>Contracted hours a week</source>
            <translation>Contracted hours a week</translation>
        </message>
        <message>
            <source>Empty means 40 for full time, 20 for part time.</source>
            <translation>Empty means 40 for full time, 20 for part time.</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Hire date</translation>
        </message>
        <message>
            <source>YYYY-MM-DD.</source>
            <translation>YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Leaving date</source>
            <translation>Leaving date</translation>
        </message>
        <message>
            <source>Last working day of someone who left; empty while employed.</source>
            <translation>Last working day of someone who left; empty while employed.</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Yes or No; empty: decided by the leaving date. No without a leaving date: not rostered from the day of the import.</source>
            <translation>Yes or No; empty: decided by the leaving date. No without a leaving date: not rostered from the day of the import.</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Skills and qualifications separated by 、 or commas; new ones are created.</source>
            <translation>Skills and qualifications separated by 、 or commas; new ones are created.</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>Mobile phone</translation>
        </message>
        <message>
            <source>Digits, spaces, + and - only.</source>
            <translation>Digits, spaces, + and - only.</translation>
        </message>
        <message>
            <source>Staff list</source>
            <translation>Staff list</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>One row per person. People already in BranchOps are updated by their employee no.; nobody is ever deleted.</source>
            <translation>One row per person. People already in BranchOps are updated by their employee no.; nobody is ever deleted.</translation>
        </message>
        <message>
            <source>A column you leave out keeps the values already in BranchOps.</source>
            <translation>A column you leave out keeps the values already in BranchOps.</translation>
        </message>
        <message>
            <source>no sheet has the template's column headings (for example “{column}”). Download the template and copy your data into it.</source>
            <translation>no sheet has the template's column headings (for example “{column}”). Download the template and copy your data into it.</translation>
        </message>
        <message>
            <source>the required column “{column}” is missing; add it to the headings.</source>
            <translation>the required column “{column}” is missing; add it to the headings.</translation>
        </message>
        <message>
            <source>the sheet {sheet} has headings but no rows to import.</source>
            <translation>the sheet {sheet} has headings but no rows to import.</translation>
        </message>
        <message>
            <source>fill in {column}.</source>
            <translation>fill in {column}.</translation>
        </message>
        <message>
            <source>this is a repeat of row {row}; keep one of the two rows.</source>
            <translation>this is a repeat of row {row}; keep one of the two rows.</translation>
        </message>
        <message>
            <source>this is a folder; choose an .xlsx file.</source>
            <translation>this is a folder; choose an .xlsx file.</translation>
        </message>
        <message>
            <source>the file does not exist.</source>
            <translation>the file does not exist.</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason}).</source>
            <translation>the file cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>the file is empty.</translation>
        </message>
        <message>
            <source>the file is {size:.1f} MB; the limit is {limit} MB. Split it up.</source>
            <translation>the file is {size:.1f} MB; the limit is {limit} MB. Split it up.</translation>
        </message>
        <message>
            <source>the workbook is password-protected. Open it in Excel or WPS, remove the password (File › Info › Protect Workbook) and save it again.</source>
            <translation>the workbook is password-protected. Open it in Excel or WPS, remove the password (File › Info › Protect Workbook) and save it again.</translation>
        </message>
        <message>
            <source>this is an old Excel 97–2003 .xls file. Open it in Excel or WPS and save it as an Excel Workbook (.xlsx).</source>
            <translation>this is an old Excel 97–2003 .xls file. Open it in Excel or WPS and save it as an Excel Workbook (.xlsx).</translation>
        </message>
        <message>
            <source>this is not an Excel workbook (perhaps CSV or text). Use the template, or save the file as .xlsx.</source>
            <translation>this is not an Excel workbook (perhaps CSV or text). Use the template, or save the file as .xlsx.</translation>
        </message>
        <message>
            <source>the file is damaged or is not an Excel workbook (a Word or zip file?). Open it in Excel and save it as .xlsx.</source>
            <translation>the file is damaged or is not an Excel workbook (a Word or zip file?). Open it in Excel and save it as .xlsx.</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Whole number</source>
            <translation>Whole number</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Date (YYYY-MM-DD)</source>
            <translation>Date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>Yes / No</source>
            <translation>Yes / No</translation>
        </message>
        <message>
            <source>One from the list</source>
            <translation>One from the list</translation>
        </message>
        <message>
            <source>Several, separated by 、</source>
            <translation>Several, separated by 、</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Not allowed here</source>
            <translation>Not allowed here</translation>
        </message>
        <message>
            <source>Choose a value from the drop-down list.</source>
            <translation>Choose a value from the drop-down list.</translation>
        </message>
        <message>
            <source>Enter a date, e.g. 2024-03-01.</source>
            <translation>Enter a date, e.g. 2024-03-01.</translation>
        </message>
        <message>
            <source>Enter a number from {low:g} to {high:g}.</source>
            <translation>Enter a number from {low:g} to {high:g}.</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Fill in the sheet “{sheet}”: one row per record under the headings. Columns marked * are required.</source>
            <translation>Fill in the sheet “{sheet}”: one row per record under the headings. Columns marked * are required.</translation>
        </message>
        <message>
            <source>All or nothing: if any row has a problem, nothing is imported and every problem is listed with its row and column.</source>
            <translation>All or nothing: if any row has a problem, nothing is imported and every problem is listed with its row and column.</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Instructions</translation>
        </message>
        <message>
            <source>Import template: {kind}</source>
            <translation>Import template: {kind}</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Allowed values</source>
            <translation>Allowed values</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Example</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>write a number.</source>
            <translation>write a number.</translation>
        </message>
        <message>
            <source>write a number, e.g. 40.</source>
            <translation>write a number, e.g. 40.</translation>
        </message>
        <message>
            <source>write a date as YYYY-MM-DD, e.g. 2024-03-01.</source>
            <translation>write a date as YYYY-MM-DD, e.g. 2024-03-01.</translation>
        </message>
        <message>
            <source>write Yes or No.</source>
            <translation>write Yes or No.</translation>
        </message>
        <message>
            <source>choose one of: {allowed}.</source>
            <translation>choose one of: {allowed}.</translation>
        </message>
        <message>
            <source>shorten it to {limit} characters.</source>
            <translation>shorten it to {limit} characters.</translation>
        </message>
        <message>
            <source>write a whole number.</source>
            <translation>write a whole number.</translation>
        </message>
        <message>
            <source>write a number from {low:g} to {high:g}.</source>
            <translation>write a number from {low:g} to {high:g}.</translation>
        </message>
        <message>
            <source>What to import</source>
            <translation>What to import</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Save a blank template…</source>
            <translation>Save a blank template…</translation>
        </message>
        <message>
            <source>Choose the file</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Save the template</translation>
        </message>
        <message>
            <source>Check the rows</source>
            <translation>Check the rows</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Import from Excel</source>
            <translation>Import from Excel</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Reading the file…</translation>
        </message>
        <message>
            <source>{rows} rows read; {count} problems. Correct the file, then choose Back and Next to read it again. Nothing has been imported.</source>
            <translation>{rows} rows read; {count} problems. Correct the file, then choose Back and Next to read it again. Nothing has been imported.</translation>
        </message>
        <message>
            <source>{rows} rows, no problems: {created} to add, {updated} to update, {unchanged} unchanged. Choose Import to import them.</source>
            <translation>{rows} rows, no problems: {created} to add, {updated} to update, {unchanged} unchanged. Choose Import to import them.</translation>
        </message>
        <message>
            <source>Done: {created} added, {updated} updated, {unchanged} unchanged.</source>
            <translation>Done: {created} added, {updated} updated, {unchanged} unchanged.</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <source>Headcount</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <source>Roster coverage gaps</source>
            <translation>Roster coverage gaps</translation>
        </message>
        <message>
            <source>Overtime hours</source>
            <translation>Overtime hours</translation>
        </message>
        <message>
            <source>Labour hours vs budget</source>
            <translation>Labour hours vs budget</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>Leave days</translation>
        </message>
        <message>
            <source>Open corrective actions</source>
            <translation>Open corrective actions</translation>
        </message>
        <message>
            <source>Overdue corrective actions</source>
            <translation>Overdue corrective actions</translation>
        </message>
        <message>
            <source>Actions closed on time</source>
            <translation>Actions closed on time</translation>
        </message>
        <message>
            <source>Average inspection score</source>
            <translation>Average inspection score</translation>
        </message>
        <message>
            <source>Inspections done vs due</source>
            <translation>Inspections done vs due</translation>
        </message>
        <message>
            <source>Critical failures in inspections</source>
            <translation>Critical failures in inspections</translation>
        </message>
    </context>
    <context>
        <name>Leave</name>
        <message>
            <source>Choose a person.</source>
            <translation>Choose a person.</translation>
        </message>
        <message>
            <source>Give a last day, or choose a weekday that repeats.</source>
            <translation>Give a last day, or choose a weekday that repeats.</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>The last day cannot be before the first day.</translation>
        </message>
        <message>
            <source>Choose a weekday from Monday to Sunday.</source>
            <translation>Choose a weekday from Monday to Sunday.</translation>
        </message>
        <message>
            <source>Choose a weekday, a shift, or both.</source>
            <translation>Choose a weekday, a shift, or both.</translation>
        </message>
        <message>
            <source>Choose a shift type.</source>
            <translation>Choose a shift type.</translation>
        </message>
        <message>
            <source>That record no longer exists; reload the list.</source>
            <translation>That record no longer exists; reload the list.</translation>
        </message>
        <message>
            <source>every {weekday}, {range}</source>
            <translation>every {weekday}, {range}</translation>
        </message>
        <message>
            <source>Annual</source>
            <translation>Annual</translation>
        </message>
        <message>
            <source>Sick</source>
            <translation>Sick</translation>
        </message>
        <message>
            <source>Personal</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Requested</source>
            <translation>Requested</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>That person no longer exists; reload the list.</source>
            <translation>That person no longer exists; reload the list.</translation>
        </message>
        <message>
            <source>Entitled days must be from 0 to 365.</source>
            <translation>Entitled days must be from 0 to 365.</translation>
        </message>
        <message>
            <source>The leave cannot end before it starts.</source>
            <translation>The leave cannot end before it starts.</translation>
        </message>
        <message>
            <source>Half a day of leave is one day only.</source>
            <translation>Half a day of leave is one day only.</translation>
        </message>
        <message>
            <source>This person already has leave on some of these days.</source>
            <translation>This person already has leave on some of these days.</translation>
        </message>
        <message>
            <source>{days:g} days of annual leave asked, but only {left:g} are left.</source>
            <translation>{days:g} days of annual leave asked, but only {left:g} are left.</translation>
        </message>
        <message>
            <source>That leave record no longer exists; reload the list.</source>
            <translation>That leave record no longer exists; reload the list.</translation>
        </message>
    </context>
    <context>
        <name>LeaveDialog</name>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Half a day</source>
            <translation>Half a day</translation>
        </message>
        <message>
            <source>Approve now</source>
            <translation>Approve now</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Unavailable</source>
            <translation>Unavailable</translation>
        </message>
        <message>
            <source>No end (repeats weekly)</source>
            <translation>No end (repeats weekly)</translation>
        </message>
        <message>
            <source>Every day</source>
            <translation>Every day</translation>
        </message>
        <message>
            <source>Only on</source>
            <translation>Only on</translation>
        </message>
        <message>
            <source>Preference</source>
            <translation>Preference</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Prefers</translation>
        </message>
        <message>
            <source>Avoids</source>
            <translation>Avoids</translation>
        </message>
        <message>
            <source>Any day</source>
            <translation>Any day</translation>
        </message>
        <message>
            <source>Any shift</source>
            <translation>Any shift</translation>
        </message>
        <message>
            <source>Weekday</source>
            <translation>Weekday</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
    </context>
    <context>
        <name>LeavePage</name>
        <message>
            <source>Unavailable</source>
            <translation>Unavailable</translation>
        </message>
        <message>
            <source>Prefers</source>
            <translation>Prefers</translation>
        </message>
        <message>
            <source>Avoids</source>
            <translation>Avoids</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>Annual leave balance</source>
            <translation>Annual leave balance</translation>
        </message>
        <message>
            <source>Availability</source>
            <translation>Availability</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>Cancel leave</source>
            <translation>Cancel leave</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Entitlements…</source>
            <translation>Entitlements…</translation>
        </message>
        <message>
            <source>Unavailable…</source>
            <translation>Unavailable…</translation>
        </message>
        <message>
            <source>Preference…</source>
            <translation>Preference…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>LeaveShort</name>
        <message>
            <source>AL</source>
            <translation>AL</translation>
        </message>
        <message>
            <source>SL</source>
            <translation>SL</translation>
        </message>
        <message>
            <source>PL</source>
            <translation>PL</translation>
        </message>
        <message>
            <source>TR</source>
            <translation>TR</translation>
        </message>
        <message>
            <source>LV</source>
            <translation>LV</translation>
        </message>
    </context>
    <context>
        <name>ListView</name>
        <message>
            <source>Search…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>{count} rows</source>
            <translation>{count} rows</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>BranchOps</source>
            <translation>BranchOps</translation>
        </message>
        <message>
            <source>Opening the database…</source>
            <translation>Opening the database…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Restore from backup…</translation>
        </message>
        <message>
            <source>E&amp;xit</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>&amp;Go</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Reports</translation>
        </message>
        <message>
            <source>&amp;Monthly HQ workbook…</source>
            <translation>&amp;Monthly HQ workbook…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About BranchOps</source>
            <translation>&amp;About BranchOps</translation>
        </message>
        <message>
            <source>Branch not set up</source>
            <translation>Branch not set up</translation>
        </message>
        <message>
            <source>Branch: {branch}</source>
            <translation>Branch: {branch}</translation>
        </message>
        <message>
            <source>Database: {db}</source>
            <translation>Database: {db}</translation>
        </message>
        <message>
            <source>User: {user}</source>
            <translation>User: {user}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Please check</source>
            <translation>Please check</translation>
        </message>
    </context>
    <context>
        <name>Needs</name>
        <message>
            <source>Choose a shift type.</source>
            <translation>Choose a shift type.</translation>
        </message>
        <message>
            <source>A shift is listed twice.</source>
            <translation>A shift is listed twice.</translation>
        </message>
        <message>
            <source>The minimum cannot be negative.</source>
            <translation>The minimum cannot be negative.</translation>
        </message>
        <message>
            <source>The minimum of {min} is more than the {staff} active staff.</source>
            <translation>The minimum of {min} is more than the {staff} active staff.</translation>
        </message>
        <message>
            <source>The maximum must be at least the minimum (and 1).</source>
            <translation>The maximum must be at least the minimum (and 1).</translation>
        </message>
        <message>
            <source>Choose skills from the list.</source>
            <translation>Choose skills from the list.</translation>
        </message>
        <message>
            <source>A skill count must be from 1 to the maximum headcount.</source>
            <translation>A skill count must be from 1 to the maximum headcount.</translation>
        </message>
        <message>
            <source>Choose a weekday from Monday to Sunday.</source>
            <translation>Choose a weekday from Monday to Sunday.</translation>
        </message>
        <message>
            <source>Name is required.</source>
            <translation>Name is required.</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>The last day cannot be before the first day.</translation>
        </message>
        <message>
            <source>That special day no longer exists.</source>
            <translation>That special day no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>NeedsEditor</name>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Minimum</source>
            <translation>Minimum</translation>
        </message>
        <message>
            <source>Maximum (0: none)</source>
            <translation>Maximum (0: none)</translation>
        </message>
        <message>
            <source>≥ {skill}</source>
            <translation>≥ {skill}</translation>
        </message>
        <message>
            <source>Staffing needs on {weekday}</source>
            <translation>Staffing needs on {weekday}</translation>
        </message>
        <message>
            <source>Special days</source>
            <translation>Special days</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>First day</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Last day</translation>
        </message>
        <message>
            <source>These needs replace the weekly ones on every day of the range; with no shift ticked the branch is closed.</source>
            <translation>These needs replace the weekly ones on every day of the range; with no shift ticked the branch is closed.</translation>
        </message>
    </context>
    <context>
        <name>Pages</name>
        <message>
            <source>Quality checks</source>
            <translation>Quality checks</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>Corrective actions</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Shifts and needs</source>
            <translation>Shifts and needs</translation>
        </message>
        <message>
            <source>Leave</source>
            <translation>Leave</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Roster</translation>
        </message>
        <message>
            <source>Timesheet</source>
            <translation>Timesheet</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
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
        <name>ProfileForm</name>
        <message>
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <source>e.g. City East Sub-branch</source>
            <translation>e.g. City East Sub-branch</translation>
        </message>
        <message>
            <source>Month {n}</source>
            <translation>Month {n}</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>Branch code</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>Branch name</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Fiscal year starts in</source>
            <translation>Fiscal year starts in</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>Opening hours</translation>
        </message>
        <message>
            <source>Monthly HQ report</source>
            <translation>Monthly HQ report</translation>
        </message>
        <message>
            <source>Mask customer names and phone numbers</source>
            <translation>Mask customer names and phone numbers</translation>
        </message>
        <message>
            <source>Issued by HQ (optional)</source>
            <translation>Issued by HQ (optional)</translation>
        </message>
        <message>
            <source>Report language</source>
            <translation>Report language</translation>
        </message>
        <message>
            <source>Due on day</source>
            <translation>Due on day</translation>
        </message>
        <message>
            <source>HQ signing key</source>
            <translation>HQ signing key</translation>
        </message>
    </context>
    <context>
        <name>Quality</name>
        <message>
            <source>{template} of {date}: {item}</source>
            <translation>{template} of {date}: {item}</translation>
        </message>
        <message>
            <source>This answer no longer exists.</source>
            <translation>This answer no longer exists.</translation>
        </message>
        <message>
            <source>Only a failed item raises a corrective action.</source>
            <translation>Only a failed item raises a corrective action.</translation>
        </message>
        <message>
            <source>An answer is for an item not in this checklist version.</source>
            <translation>An answer is for an item not in this checklist version.</translation>
        </message>
        <message>
            <source>“{item}”: “{value}” is not a possible answer.</source>
            <translation>“{item}”: “{value}” is not a possible answer.</translation>
        </message>
        <message>
            <source>“{item}” needs an answer.</source>
            <translation>“{item}” needs an answer.</translation>
        </message>
        <message>
            <source>The staff member chosen for this item does not exist.</source>
            <translation>The staff member chosen for this item does not exist.</translation>
        </message>
        <message>
            <source>Choose who inspected.</source>
            <translation>Choose who inspected.</translation>
        </message>
        <message>
            <source>The inspection date cannot be in the future.</source>
            <translation>The inspection date cannot be in the future.</translation>
        </message>
        <message>
            <source>This inspection no longer exists.</source>
            <translation>This inspection no longer exists.</translation>
        </message>
        <message>
            <source>A draft cannot change its checklist version.</source>
            <translation>A draft cannot change its checklist version.</translation>
        </message>
        <message>
            <source>This inspection is completed and locked; amend it with a reason instead.</source>
            <translation>This inspection is completed and locked; amend it with a reason instead.</translation>
        </message>
        <message>
            <source>Only a completed inspection is amended.</source>
            <translation>Only a completed inspection is amended.</translation>
        </message>
        <message>
            <source>Give the reason for the amendment.</source>
            <translation>Give the reason for the amendment.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Complete the inspection first.</source>
            <translation>Complete the inspection first.</translation>
        </message>
        <message>
            <source>Environment and hygiene</source>
            <translation>Environment and hygiene</translation>
        </message>
        <message>
            <source>Staff appearance</source>
            <translation>Staff appearance</translation>
        </message>
        <message>
            <source>Service etiquette</source>
            <translation>Service etiquette</translation>
        </message>
        <message>
            <source>Process compliance</source>
            <translation>Process compliance</translation>
        </message>
        <message>
            <source>Safety and security</source>
            <translation>Safety and security</translation>
        </message>
        <message>
            <source>Equipment and facilities</source>
            <translation>Equipment and facilities</translation>
        </message>
        <message>
            <source>Pass / fail / N/A</source>
            <translation>Pass / fail / N/A</translation>
        </message>
        <message>
            <source>Scale 0–N</source>
            <translation>Scale 0–N</translation>
        </message>
        <message>
            <source>Yes / no</source>
            <translation>Yes / no</translation>
        </message>
        <message>
            <source>Drop-down with scores</source>
            <translation>Drop-down with scores</translation>
        </message>
        <message>
            <source>Number with limits</source>
            <translation>Number with limits</translation>
        </message>
        <message>
            <source>Not scheduled</source>
            <translation>Not scheduled</translation>
        </message>
        <message>
            <source>Every working day</source>
            <translation>Every working day</translation>
        </message>
        <message>
            <source>Weekly</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <source>Monthly</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Completed</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Pass</source>
            <translation>Pass</translation>
        </message>
        <message>
            <source>Fail</source>
            <translation>Fail</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>N/A</source>
            <translation>N/A</translation>
        </message>
        <message>
            <source>Photo {name} was not found.</source>
            <translation>Photo {name} was not found.</translation>
        </message>
        <message>
            <source>Photo {name} is larger than {limit} MB; choose a smaller one.</source>
            <translation>Photo {name} is larger than {limit} MB; choose a smaller one.</translation>
        </message>
        <message>
            <source>Photo {name} cannot be read: {reason}</source>
            <translation>Photo {name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>{name} is not a photo (JPEG, PNG, GIF, BMP, WebP or TIFF).</source>
            <translation>{name} is not a photo (JPEG, PNG, GIF, BMP, WebP or TIFF).</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Upcoming</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Late</source>
            <translation>Late</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Done late</source>
            <translation>Done late</translation>
        </message>
        <message>
            <source>The template needs a name.</source>
            <translation>The template needs a name.</translation>
        </message>
        <message>
            <source>The pass mark must be from 0 to 100.</source>
            <translation>The pass mark must be from 0 to 100.</translation>
        </message>
        <message>
            <source>Add at least one section with items.</source>
            <translation>Add at least one section with items.</translation>
        </message>
        <message>
            <source>Every section needs a title.</source>
            <translation>Every section needs a title.</translation>
        </message>
        <message>
            <source>Section “{title}” has no items; add one or remove it.</source>
            <translation>Section “{title}” has no items; add one or remove it.</translation>
        </message>
        <message>
            <source>Item key {key} is used twice.</source>
            <translation>Item key {key} is used twice.</translation>
        </message>
        <message>
            <source>Choose the weekday of the weekly check.</source>
            <translation>Choose the weekday of the weekly check.</translation>
        </message>
        <message>
            <source>The day of the monthly check must be from 1 to 31.</source>
            <translation>The day of the monthly check must be from 1 to 31.</translation>
        </message>
        <message>
            <source>Item key: 1–32 letters or digits.</source>
            <translation>Item key: 1–32 letters or digits.</translation>
        </message>
        <message>
            <source>Every item needs a text.</source>
            <translation>Every item needs a text.</translation>
        </message>
        <message>
            <source>Item text is longer than {limit} characters.</source>
            <translation>Item text is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>“{item}”: the weight must be more than 0.</source>
            <translation>“{item}”: the weight must be more than 0.</translation>
        </message>
        <message>
            <source>The top of the scale must be 1 to 100.</source>
            <translation>The top of the scale must be 1 to 100.</translation>
        </message>
        <message>
            <source>A number item needs a lower or an upper limit.</source>
            <translation>A number item needs a lower or an upper limit.</translation>
        </message>
        <message>
            <source>“{item}”: the lower limit is above the upper limit.</source>
            <translation>“{item}”: the lower limit is above the upper limit.</translation>
        </message>
        <message>
            <source>A drop-down needs at least two responses.</source>
            <translation>A drop-down needs at least two responses.</translation>
        </message>
        <message>
            <source>Every response needs a name.</source>
            <translation>Every response needs a name.</translation>
        </message>
        <message>
            <source>Two responses have the same key.</source>
            <translation>Two responses have the same key.</translation>
        </message>
        <message>
            <source>Response scores must be 0 or more, and one must be above 0.</source>
            <translation>Response scores must be 0 or more, and one must be above 0.</translation>
        </message>
        <message>
            <source>An item cannot depend on its own answer.</source>
            <translation>An item cannot depend on its own answer.</translation>
        </message>
        <message>
            <source>A condition must point to an earlier item.</source>
            <translation>A condition must point to an earlier item.</translation>
        </message>
        <message>
            <source>The condition points to an item that does not exist.</source>
            <translation>The condition points to an item that does not exist.</translation>
        </message>
        <message>
            <source>A condition cannot depend on a number item.</source>
            <translation>A condition cannot depend on a number item.</translation>
        </message>
        <message>
            <source>Choose which answer of the earlier item shows this one.</source>
            <translation>Choose which answer of the earlier item shows this one.</translation>
        </message>
        <message>
            <source>This checklist template no longer exists.</source>
            <translation>This checklist template no longer exists.</translation>
        </message>
        <message>
            <source>This checklist version no longer exists.</source>
            <translation>This checklist version no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>QualityCharts</name>
        <message>
            <source>No completed inspections in this period.</source>
            <translation>No completed inspections in this period.</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Average score by month</source>
            <translation>Average score by month</translation>
        </message>
        <message>
            <source>Average score by category</source>
            <translation>Average score by category</translation>
        </message>
        <message>
            <source>No failed items in this period.</source>
            <translation>No failed items in this period.</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>Failures</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>Cumulative share</translation>
        </message>
        <message>
            <source>Most-failed items</source>
            <translation>Most-failed items</translation>
        </message>
        <message>
            <source>No findings about staff members in this period.</source>
            <translation>No findings about staff members in this period.</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Findings per staff member</source>
            <translation>Findings per staff member</translation>
        </message>
    </context>
    <context>
        <name>QualityPage</name>
        <message>
            <source>Score trend per checklist</source>
            <translation>Score trend per checklist</translation>
        </message>
        <message>
            <source>Score trend per category</source>
            <translation>Score trend per category</translation>
        </message>
        <message>
            <source>Average by category</source>
            <translation>Average by category</translation>
        </message>
        <message>
            <source>Most-failed items (Pareto)</source>
            <translation>Most-failed items (Pareto)</translation>
        </message>
        <message>
            <source>Findings per staff member</source>
            <translation>Findings per staff member</translation>
        </message>
        <message>
            <source>Last {n} months</source>
            <translation>Last {n} months</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Save as PNG…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>To do (last 31 days)</source>
            <translation>To do (last 31 days)</translation>
        </message>
        <message>
            <source>Everything, last 31 days</source>
            <translation>Everything, last 31 days</translation>
        </message>
        <message>
            <source>Coming 14 days</source>
            <translation>Coming 14 days</translation>
        </message>
        <message>
            <source>Start or resume…</source>
            <translation>Start or resume…</translation>
        </message>
        <message>
            <source>Inspections</source>
            <translation>Inspections</translation>
        </message>
        <message>
            <source>Any result</source>
            <translation>Any result</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>New inspection…</source>
            <translation>New inspection…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <source>All checklists</source>
            <translation>All checklists</translation>
        </message>
        <message>
            <source>All inspectors</source>
            <translation>All inspectors</translation>
        </message>
        <message>
            <source>Delete the draft of {date}?</source>
            <translation>Delete the draft of {date}?</translation>
        </message>
        <message>
            <source>Service quality checks</source>
            <translation>Service quality checks</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>Checklists</translation>
        </message>
        <message>
            <source>Charts</source>
            <translation>Charts</translation>
        </message>
        <message>
            <source>{label} · day {day}</source>
            <translation>{label} · day {day}</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Show archived</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Copy…</source>
            <translation>Copy…</translation>
        </message>
        <message>
            <source>Archive / restore</source>
            <translation>Archive / restore</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Add built-in checklists</source>
            <translation>Add built-in checklists</translation>
        </message>
        <message>
            <source>Copy checklist</source>
            <translation>Copy checklist</translation>
        </message>
        <message>
            <source>Name of the copy</source>
            <translation>Name of the copy</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copy)</translation>
        </message>
    </context>
    <context>
        <name>QualityReport</name>
        <message>
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>{score} (pass mark {mark:g})</source>
            <translation>{score} (pass mark {mark:g})</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Critical failures</source>
            <translation>Critical failures</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>Failed items</translation>
        </message>
        <message>
            <source>Checklist version {n}</source>
            <translation>Checklist version {n}</translation>
        </message>
        <message>
            <source>Inspector's signature:</source>
            <translation>Inspector's signature:</translation>
        </message>
        <message>
            <source>Branch manager's signature:</source>
            <translation>Branch manager's signature:</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>[{n} photos]</source>
            <translation>[{n} photos]</translation>
        </message>
        <message>
            <source>Amendments</source>
            <translation>Amendments</translation>
        </message>
    </context>
    <context>
        <name>QualityRun</name>
        <message>
            <source>Report (PDF)</source>
            <translation>Report (PDF)</translation>
        </message>
        <message>
            <source>Chinese report…</source>
            <translation>Chinese report…</translation>
        </message>
        <message>
            <source>English report…</source>
            <translation>English report…</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Print the report</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Keys: 1 = pass / yes, 2 = fail / no, 0–9 = scale step or n-th response, N = N/A, Del = clear, type a number for number items; ↑↓ move.</source>
            <translation>Keys: 1 = pass / yes, 2 = fail / no, 0–9 = scale step or n-th response, N = N/A, Del = clear, type a number for number items; ↑↓ move.</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Amend…</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Complete and lock</source>
            <translation>Complete and lock</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Save amendment…</source>
            <translation>Save amendment…</translation>
        </message>
        <message>
            <source>New inspection</source>
            <translation>New inspection</translation>
        </message>
        <message>
            <source>Inspection {id} (completed, locked)</source>
            <translation>Inspection {id} (completed, locked)</translation>
        </message>
        <message>
            <source>Inspection {id} (draft)</source>
            <translation>Inspection {id} (draft)</translation>
        </message>
        <message>
            <source>No checklist template yet.</source>
            <translation>No checklist template yet.</translation>
        </message>
        <message>
            <source>Score {score} (pass mark {mark:g})</source>
            <translation>Score {score} (pass mark {mark:g})</translation>
        </message>
        <message>
            <source>Critical failures: {count}</source>
            <translation>Critical failures: {count}</translation>
        </message>
        <message>
            <source>Failed: {failed} · Unanswered: {left}</source>
            <translation>Failed: {failed} · Unanswered: {left}</translation>
        </message>
        <message>
            <source>Unsaved answers</source>
            <translation>Unsaved answers</translation>
        </message>
        <message>
            <source>Choosing another checklist clears the answers entered so far. Continue?</source>
            <translation>Choosing another checklist clears the answers entered so far. Continue?</translation>
        </message>
        <message>
            <source>The answers entered since the last save will be lost. Close the inspection?</source>
            <translation>The answers entered since the last save will be lost. Close the inspection?</translation>
        </message>
        <message>
            <source>Amend a completed inspection</source>
            <translation>Amend a completed inspection</translation>
        </message>
        <message>
            <source>Why is the completed inspection changed?</source>
            <translation>Why is the completed inspection changed?</translation>
        </message>
        <message>
            <source>What was seen, where, who…</source>
            <translation>What was seen, where, who…</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>(nobody)</source>
            <translation>(nobody)</translation>
        </message>
        <message>
            <source>Staff concerned</source>
            <translation>Staff concerned</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Add photos…</source>
            <translation>Add photos…</translation>
        </message>
        <message>
            <source>Remove photo</source>
            <translation>Remove photo</translation>
        </message>
        <message>
            <source>Raise corrective action…</source>
            <translation>Raise corrective action…</translation>
        </message>
        <message>
            <source>{name} (file missing)</source>
            <translation>{name} (file missing)</translation>
        </message>
        <message>
            <source>Add photos</source>
            <translation>Add photos</translation>
        </message>
        <message>
            <source>Photos ({patterns})</source>
            <translation>Photos ({patterns})</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Not scored</source>
            <translation>Not scored</translation>
        </message>
        <message>
            <source>Critical failure</source>
            <translation>Critical failure</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Exported with a gap: {gap}</source>
            <translation>Exported with a gap: {gap}</translation>
        </message>
        <message>
            <source>Wrote {path} (revision {rev}, SHA-256 {sha}).</source>
            <translation>Wrote {path} (revision {rev}, SHA-256 {sha}).</translation>
        </message>
        <message>
            <source>{month} is not over yet: its figures may still change. Export it again after the month ends.</source>
            <translation>{month} is not over yet: its figures may still change. Export it again after the month ends.</translation>
        </message>
        <message>
            <source>manager</source>
            <translation>manager</translation>
        </message>
        <message>
            <source>region</source>
            <translation>region</translation>
        </message>
        <message>
            <source>The branch profile has no {fields}; fill it in under Settings.</source>
            <translation>The branch profile has no {fields}; fill it in under Settings.</translation>
        </message>
        <message>
            <source>Another export of {month} was logged at the same time; export again to get the next revision.</source>
            <translation>Another export of {month} was logged at the same time; export again to get the next revision.</translation>
        </message>
        <message>
            <source>Machine-readable data for HQ consolidation. Do not edit: any change breaks the checksum.</source>
            <translation>Machine-readable data for HQ consolidation. Do not edit: any change breaks the checksum.</translation>
        </message>
        <message>
            <source>The export was cancelled; no file was written.</source>
            <translation>The export was cancelled; no file was written.</translation>
        </message>
        <message>
            <source>The branch profile is not set up: enter the branch code and name under Settings before exporting the HQ workbook.</source>
            <translation>The branch profile is not set up: enter the branch code and name under Settings before exporting the HQ workbook.</translation>
        </message>
        <message>
            <source>Checking completeness…</source>
            <translation>Checking completeness…</translation>
        </message>
        <message>
            <source>Computing KPIs…</source>
            <translation>Computing KPIs…</translation>
        </message>
        <message>
            <source>Writing sheet {key}…</source>
            <translation>Writing sheet {key}…</translation>
        </message>
        <message>
            <source>Writing the data sheet…</source>
            <translation>Writing the data sheet…</translation>
        </message>
        <message>
            <source>The output {path} must be a folder or a file name ending in .xlsx.</source>
            <translation>The output {path} must be a folder or a file name ending in .xlsx.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; create it first.</source>
            <translation>The folder {folder} does not exist; create it first.</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>Corrective actions</translation>
        </message>
        <message>
            <source>Opened in the month</source>
            <translation>Opened in the month</translation>
        </message>
        <message>
            <source>Closed in the month</source>
            <translation>Closed in the month</translation>
        </message>
        <message>
            <source>Open at month end</source>
            <translation>Open at month end</translation>
        </message>
        <message>
            <source>Overdue at month end</source>
            <translation>Overdue at month end</translation>
        </message>
        <message>
            <source>Closed on time</source>
            <translation>Closed on time</translation>
        </message>
        <message>
            <source>Key figures</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Found in</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priority</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Open actions at month end</source>
            <translation>Open actions at month end</translation>
        </message>
        <message>
            <source>No action is open.</source>
            <translation>No action is open.</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>No action was closed this month.</source>
            <translation>No action was closed this month.</translation>
        </message>
        <message>
            <source>{area} — {branch} ({code}) · {month}</source>
            <translation>{area} — {branch} ({code}) · {month}</translation>
        </message>
        <message>
            <source>Generated {time} · BranchOps {version} · revision {rev}</source>
            <translation>Generated {time} · BranchOps {version} · revision {rev}</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Inspections due</source>
            <translation>Inspections due</translation>
        </message>
        <message>
            <source>Inspections done</source>
            <translation>Inspections done</translation>
        </message>
        <message>
            <source>Done vs due</source>
            <translation>Done vs due</translation>
        </message>
        <message>
            <source>Average score</source>
            <translation>Average score</translation>
        </message>
        <message>
            <source>Critical failures</source>
            <translation>Critical failures</translation>
        </message>
        <message>
            <source>Average inspection score, last 12 months</source>
            <translation>Average inspection score, last 12 months</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Checklist</translation>
        </message>
        <message>
            <source>Of which late</source>
            <translation>Of which late</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>Inspections done vs due</source>
            <translation>Inspections done vs due</translation>
        </message>
        <message>
            <source>No inspection was due this month.</source>
            <translation>No inspection was due this month.</translation>
        </message>
        <message>
            <source>Scores by checklist</source>
            <translation>Scores by checklist</translation>
        </message>
        <message>
            <source>No inspection was completed this month.</source>
            <translation>No inspection was completed this month.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Scores by category</source>
            <translation>Scores by category</translation>
        </message>
        <message>
            <source>Performed</source>
            <translation>Performed</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Failed items</source>
            <translation>Failed items</translation>
        </message>
        <message>
            <source>Inspections with critical failures</source>
            <translation>Inspections with critical failures</translation>
        </message>
        <message>
            <source>No critical failure this month.</source>
            <translation>No critical failure this month.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Failures</source>
            <translation>Failures</translation>
        </message>
        <message>
            <source>Cumulative share</source>
            <translation>Cumulative share</translation>
        </message>
        <message>
            <source>Most failed items (Pareto)</source>
            <translation>Most failed items (Pareto)</translation>
        </message>
        <message>
            <source>No item failed this month.</source>
            <translation>No item failed this month.</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>All checklists</source>
            <translation>All checklists</translation>
        </message>
        <message>
            <source>Score trend, last 12 months</source>
            <translation>Score trend, last 12 months</translation>
        </message>
        <message>
            <source>Staffing</source>
            <translation>Staffing</translation>
        </message>
        <message>
            <source>Headcount at month end</source>
            <translation>Headcount at month end</translation>
        </message>
        <message>
            <source>Planned hours</source>
            <translation>Planned hours</translation>
        </message>
        <message>
            <source>Actual hours</source>
            <translation>Actual hours</translation>
        </message>
        <message>
            <source>Overtime hours</source>
            <translation>Overtime hours</translation>
        </message>
        <message>
            <source>Overtime on working days (150 %)</source>
            <translation>Overtime on working days (150 %)</translation>
        </message>
        <message>
            <source>Overtime on rest days (200 %)</source>
            <translation>Overtime on rest days (200 %)</translation>
        </message>
        <message>
            <source>Overtime on public holidays (300 %)</source>
            <translation>Overtime on public holidays (300 %)</translation>
        </message>
        <message>
            <source>Labour-hours budget</source>
            <translation>Labour-hours budget</translation>
        </message>
        <message>
            <source>Budget used</source>
            <translation>Budget used</translation>
        </message>
        <message>
            <source>Shifts with coverage gaps</source>
            <translation>Shifts with coverage gaps</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>Leave days</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>Employee no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Difference</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Working day 150 %</source>
            <translation>Working day 150 %</translation>
        </message>
        <message>
            <source>Rest day 200 %</source>
            <translation>Rest day 200 %</translation>
        </message>
        <message>
            <source>Holiday 300 %</source>
            <translation>Holiday 300 %</translation>
        </message>
        <message>
            <source>Hours per person</source>
            <translation>Hours per person</translation>
        </message>
        <message>
            <source>Nobody was rostered this month.</source>
            <translation>Nobody was rostered this month.</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Rule</source>
            <translation>Rule</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Coverage gaps</source>
            <translation>Coverage gaps</translation>
        </message>
        <message>
            <source>Every shift was covered.</source>
            <translation>Every shift was covered.</translation>
        </message>
        <message>
            <source>Overtime over the limits</source>
            <translation>Overtime over the limits</translation>
        </message>
        <message>
            <source>No overtime over the daily or monthly limit.</source>
            <translation>No overtime over the daily or monthly limit.</translation>
        </message>
        <message>
            <source>How overtime is counted</source>
            <translation>How overtime is counted</translation>
        </message>
        <message>
            <source>Planned and actual hours per person</source>
            <translation>Planned and actual hours per person</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>KPI</source>
            <translation>KPI</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Previous month</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <source>Same month last year</source>
            <translation>Same month last year</translation>
        </message>
        <message>
            <source>Year to date</source>
            <translation>Year to date</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>No KPIs are defined.</source>
            <translation>No KPIs are defined.</translation>
        </message>
        <message>
            <source>Completeness check</source>
            <translation>Completeness check</translation>
        </message>
        <message>
            <source>Completeness check: exported with {count} gaps</source>
            <translation>Completeness check: exported with {count} gaps</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>What is missing</translation>
        </message>
        <message>
            <source>Nothing is missing for this month.</source>
            <translation>Nothing is missing for this month.</translation>
        </message>
        <message>
            <source>masked</source>
            <translation>masked</translation>
        </message>
        <message>
            <source>NOT masked</source>
            <translation>NOT masked</translation>
        </message>
        <message>
            <source>Branch code</source>
            <translation>Branch code</translation>
        </message>
        <message>
            <source>Branch name</source>
            <translation>Branch name</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Generated at</source>
            <translation>Generated at</translation>
        </message>
        <message>
            <source>App version</source>
            <translation>App version</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>Revision</translation>
        </message>
        <message>
            <source>Customer personal data</source>
            <translation>Customer personal data</translation>
        </message>
        <message>
            <source>Report details</source>
            <translation>Report details</translation>
        </message>
        <message>
            <source>{count} inspections due in {month} were not done: {examples}. Record them on the Quality page, or explain them to HQ.</source>
            <translation>{count} inspections due in {month} were not done: {examples}. Record them on the Quality page, or explain them to HQ.</translation>
        </message>
        <message>
            <source>The roster is not published for {count} working days of {month} (from {first}); publish it on the Roster page.</source>
            <translation>The roster is not published for {count} working days of {month} (from {first}); publish it on the Roster page.</translation>
        </message>
        <message>
            <source>{count} leave requests in {month} still await a decision ({names}); approve or reject them on the Leave page.</source>
            <translation>{count} leave requests in {month} still await a decision ({names}); approve or reject them on the Leave page.</translation>
        </message>
        <message>
            <source>Monthly HQ workbook</source>
            <translation>Monthly HQ workbook</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Save in</source>
            <translation>Save in</translation>
        </message>
        <message>
            <source>Write customers' names and phones in full</source>
            <translation>Write customers' names and phones in full</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>Completeness check: {count} gaps. You can export anyway; they are then listed on the summary sheet.</source>
            <translation>Completeness check: {count} gaps. You can export anyway; they are then listed on the summary sheet.</translation>
        </message>
        <message>
            <source>Export anyway</source>
            <translation>Export anyway</translation>
        </message>
        <message>
            <source>Completeness check: nothing is missing for this month.</source>
            <translation>Completeness check: nothing is missing for this month.</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>The workbook will show customers' full names and phone numbers. Send it only where the rules allow. Continue?</source>
            <translation>The workbook will show customers' full names and phone numbers. Send it only where the rules allow. Continue?</translation>
        </message>
        <message>
            <source>Save the workbook in</source>
            <translation>Save the workbook in</translation>
        </message>
        <message>
            <source>Exporting the monthly HQ workbook…</source>
            <translation>Exporting the monthly HQ workbook…</translation>
        </message>
        <message>
            <source>Written: {path} (revision {rev}).</source>
            <translation>Written: {path} (revision {rev}).</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Monthly HQ workbook…</source>
            <translation>Monthly HQ workbook…</translation>
        </message>
        <message>
            <source>Consolidate branch workbooks…</source>
            <translation>Consolidate branch workbooks…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Export log</source>
            <translation>Export log</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
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
        <name>Roster</name>
        <message>
            <source>The time limit must be from 1 to {max} seconds (got {value:g}).</source>
            <translation>The time limit must be from 1 to {max} seconds (got {value:g}).</translation>
        </message>
        <message>
            <source>The last day cannot be before the first day.</source>
            <translation>The last day cannot be before the first day.</translation>
        </message>
        <message>
            <source>There is no roster to accept.</source>
            <translation>There is no roster to accept.</translation>
        </message>
        <message>
            <source>This period is published; give a reason for the change.</source>
            <translation>This period is published; give a reason for the change.</translation>
        </message>
        <message>
            <source>This breaks a roster rule; a manager can accept it with a reason:</source>
            <translation>This breaks a roster rule; a manager can accept it with a reason:</translation>
        </message>
        <message>
            <source>This breaks {count} roster rules; a manager can accept them with a reason:</source>
            <translation>This breaks {count} roster rules; a manager can accept them with a reason:</translation>
        </message>
        <message>
            <source>Draft – not published</source>
            <translation>Draft – not published</translation>
        </message>
        <message>
            <source>Published {when}</source>
            <translation>Published {when}</translation>
        </message>
        <message>
            <source> (partly; other days are a draft)</source>
            <translation> (partly; other days are a draft)</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>{name}, {day}: {old} → {new} ({reason})</source>
            <translation>{name}, {day}: {old} → {new} ({reason})</translation>
        </message>
        <message>
            <source>There is no shift type with the code {code}.</source>
            <translation>There is no shift type with the code {code}.</translation>
        </message>
        <message>
            <source>Minimum rest must be from 0 to 24 hours.</source>
            <translation>Minimum rest must be from 0 to 24 hours.</translation>
        </message>
        <message>
            <source>Days in a row must be from 1 to 31.</source>
            <translation>Days in a row must be from 1 to 31.</translation>
        </message>
        <message>
            <source>The weekly hours limit must be from 1 to 84 hours.</source>
            <translation>The weekly hours limit must be from 1 to 84 hours.</translation>
        </message>
        <message>
            <source>The weekly hours limit ({limit:g} h) is below a contracted {contract:g} h; raise the limit or lower that contract first.</source>
            <translation>The weekly hours limit ({limit:g} h) is below a contracted {contract:g} h; raise the limit or lower that contract first.</translation>
        </message>
        <message>
            <source>Unknown rule in the hard rules list.</source>
            <translation>Unknown rule in the hard rules list.</translation>
        </message>
        <message>
            <source>The auto-roster time limit must be from 1 to 3600 seconds.</source>
            <translation>The auto-roster time limit must be from 1 to 3600 seconds.</translation>
        </message>
        <message>
            <source>Overtime a day must be from 0 to 16 hours.</source>
            <translation>Overtime a day must be from 0 to 16 hours.</translation>
        </message>
        <message>
            <source>Overtime a month must be from 0 to 744 hours.</source>
            <translation>Overtime a month must be from 0 to 744 hours.</translation>
        </message>
        <message>
            <source>Choose one of the overtime rules.</source>
            <translation>Choose one of the overtime rules.</translation>
        </message>
        <message>
            <source>Daily hours before overtime must be from 0 to 24.</source>
            <translation>Daily hours before overtime must be from 0 to 24.</translation>
        </message>
        <message>
            <source>The monthly labour-hours budget cannot be negative (0: none).</source>
            <translation>The monthly labour-hours budget cannot be negative (0: none).</translation>
        </message>
        <message>
            <source>Choose two different people.</source>
            <translation>Choose two different people.</translation>
        </message>
        <message>
            <source>Neither person works on those days.</source>
            <translation>Neither person works on those days.</translation>
        </message>
        <message>
            <source>The second person already works on {day}.</source>
            <translation>The second person already works on {day}.</translation>
        </message>
        <message>
            <source>The first person already works on {day}.</source>
            <translation>The first person already works on {day}.</translation>
        </message>
    </context>
    <context>
        <name>RosterExport</name>
        <message>
            <source>Roster</source>
            <translation>Roster</translation>
        </message>
        <message>
            <source>{branch} roster {period}</source>
            <translation>{branch} roster {period}</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>Employee no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
        <message>
            <source>{times}, {hours:g} h paid</source>
            <translation>{times}, {hours:g} h paid</translation>
        </message>
        <message>
            <source>Leave: {marks}</source>
            <translation>Leave: {marks}</translation>
        </message>
        <message>
            <source>* Changed after publication:</source>
            <translation>* Changed after publication:</translation>
        </message>
    </context>
    <context>
        <name>RosterPage</name>
        <message>
            <source>Change a published roster</source>
            <translation>Change a published roster</translation>
        </message>
        <message>
            <source>These days are published. Why are they changed? The reason is kept and the change is marked on the next print.</source>
            <translation>These days are published. Why are they changed? The reason is kept and the change is marked on the next print.</translation>
        </message>
        <message>
            <source>Accept broken roster rules</source>
            <translation>Accept broken roster rules</translation>
        </message>
        <message>
            <source>{problems}

As the manager, give the reason to accept them:</source>
            <translation>{problems}

As the manager, give the reason to accept them:</translation>
        </message>
        <message>
            <source>Publish roster</source>
            <translation>Publish roster</translation>
        </message>
        <message>
            <source>Publish the roster from {first} to {last}? Later changes will need a reason.</source>
            <translation>Publish the roster from {first} to {last}? Later changes will need a reason.</translation>
        </message>
        <message>
            <source>Save roster as PDF</source>
            <translation>Save roster as PDF</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>Roster</translation>
        </message>
        <message>
            <source>Saved {path}.</source>
            <translation>Saved {path}.</translation>
        </message>
        <message>
            <source>Save roster as Excel</source>
            <translation>Save roster as Excel</translation>
        </message>
        <message>
            <source>{day}: {code}</source>
            <translation>{day}: {code}</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>{count} cells</source>
            <translation>{count} cells</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>On leave: {kind}</source>
            <translation>On leave: {kind}</translation>
        </message>
        <message>
            <source>Changed after publication</source>
            <translation>Changed after publication</translation>
        </message>
        <message>
            <source>{message} (accepted: {reason})</source>
            <translation>{message} (accepted: {reason})</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Week</source>
            <translation>Week</translation>
        </message>
        <message>
            <source>Previous period</source>
            <translation>Previous period</translation>
        </message>
        <message>
            <source>Next period</source>
            <translation>Next period</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Copy previous week</source>
            <translation>Copy previous week</translation>
        </message>
        <message>
            <source>Clear selection</source>
            <translation>Clear selection</translation>
        </message>
        <message>
            <source>Swap shifts…</source>
            <translation>Swap shifts…</translation>
        </message>
        <message>
            <source>Auto-roster…</source>
            <translation>Auto-roster…</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>Publish</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>PDF…</source>
            <translation>PDF…</translation>
        </message>
        <message>
            <source>Excel…</source>
            <translation>Excel…</translation>
        </message>
        <message>
            <source>Set selected cells to:</source>
            <translation>Set selected cells to:</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Off</translation>
        </message>
        <message>
            <source>Type a shift code; Delete clears; Ctrl+C/Ctrl+V.</source>
            <translation>Type a shift code; Delete clears; Ctrl+C/Ctrl+V.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Published {when}</source>
            <translation>Published {when}</translation>
        </message>
        <message>
            <source>{count} of {days} days published</source>
            <translation>{count} of {days} days published</translation>
        </message>
        <message>
            <source>Rule checks: {count} problems, {blocking} to resolve.</source>
            <translation>Rule checks: {count} problems, {blocking} to resolve.</translation>
        </message>
        <message>
            <source>Rule checks: no rule is broken.</source>
            <translation>Rule checks: no rule is broken.</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>To resolve</source>
            <translation>To resolve</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>Swap shifts</source>
            <translation>Swap shifts</translation>
        </message>
        <message>
            <source>The first person's shift goes to the second person, who gives their shift on the second day in return. On one day the two simply exchange shifts.</source>
            <translation>The first person's shift goes to the second person, who gives their shift on the second day in return. On one day the two simply exchange shifts.</translation>
        </message>
        <message>
            <source>First person</source>
            <translation>First person</translation>
        </message>
        <message>
            <source>Their day</source>
            <translation>Their day</translation>
        </message>
        <message>
            <source>Second person</source>
            <translation>Second person</translation>
        </message>
    </context>
    <context>
        <name>RosterPrint</name>
        <message>
            <source>Cannot write {path}: {reason}.</source>
            <translation>Cannot write {path}: {reason}.</translation>
        </message>
        <message>
            <source>Roster {period}</source>
            <translation>Roster {period}</translation>
        </message>
        <message>
            <source>{branch} roster {period}</source>
            <translation>{branch} roster {period}</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>{name} {times}, {hours:g} h paid</source>
            <translation>{name} {times}, {hours:g} h paid</translation>
        </message>
        <message>
            <source>Leave: {marks}   * changed after publication</source>
            <translation>Leave: {marks}   * changed after publication</translation>
        </message>
    </context>
    <context>
        <name>RosterRuleNames</name>
        <message>
            <source>Double booking</source>
            <translation>Double booking</translation>
        </message>
        <message>
            <source>Clash with leave</source>
            <translation>Clash with leave</translation>
        </message>
        <message>
            <source>Rest too short</source>
            <translation>Rest too short</translation>
        </message>
        <message>
            <source>Too many days in a row</source>
            <translation>Too many days in a row</translation>
        </message>
        <message>
            <source>Over contracted hours</source>
            <translation>Over contracted hours</translation>
        </message>
        <message>
            <source>Over the legal weekly limit</source>
            <translation>Over the legal weekly limit</translation>
        </message>
        <message>
            <source>Understaffed shift</source>
            <translation>Understaffed shift</translation>
        </message>
        <message>
            <source>Overstaffed shift</source>
            <translation>Overstaffed shift</translation>
        </message>
        <message>
            <source>Missing required skill</source>
            <translation>Missing required skill</translation>
        </message>
        <message>
            <source>Unavailable day</source>
            <translation>Unavailable day</translation>
        </message>
        <message>
            <source>Part-timer over contract</source>
            <translation>Part-timer over contract</translation>
        </message>
        <message>
            <source>Too much overtime in a day</source>
            <translation>Too much overtime in a day</translation>
        </message>
        <message>
            <source>Over the monthly overtime cap</source>
            <translation>Over the monthly overtime cap</translation>
        </message>
    </context>
    <context>
        <name>RosterRules</name>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
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
            <source>{day} {shift} has {count} staff rostered but the shift is not run that day.</source>
            <translation>{day} {shift} has {count} staff rostered but the shift is not run that day.</translation>
        </message>
        <message>
            <source>{day} {shift} has {count} of the {min} staff it needs.</source>
            <translation>{day} {shift} has {count} of the {min} staff it needs.</translation>
        </message>
        <message>
            <source>{day} {shift} has {count} staff, more than the {max} allowed.</source>
            <translation>{day} {shift} has {count} staff, more than the {max} allowed.</translation>
        </message>
        <message>
            <source>{day} {shift} needs {required} staff with {skill} but has {have}: {lapsed}</source>
            <translation>{day} {shift} needs {required} staff with {skill} but has {have}: {lapsed}</translation>
        </message>
        <message>
            <source>{name}'s skill expired on {expired}.</source>
            <translation>{name}'s skill expired on {expired}.</translation>
        </message>
        <message>
            <source>{name} is rostered {hours} h on {day}, {over} h beyond the standard {std:g} h day; overtime is at most {max:g} h a day.</source>
            <translation>{name} is rostered {hours} h on {day}, {over} h beyond the standard {std:g} h day; overtime is at most {max:g} h a day.</translation>
        </message>
        <message>
            <source>{name} has {hours} h of overtime in {month} ({working} h on working days, {rest} h on rest days, {holiday} h on public holidays), over the limit of {max:g} h a month.</source>
            <translation>{name} has {hours} h of overtime in {month} ({working} h on working days, {rest} h on rest days, {holiday} h on public holidays), over the limit of {max:g} h a month.</translation>
        </message>
        <message>
            <source>{day} {shift} needs {required} staff with {skill} but has {have}.</source>
            <translation>{day} {shift} needs {required} staff with {skill} but has {have}.</translation>
        </message>
    </context>
    <context>
        <name>RosterSolver</name>
        <message>
            <source>No roster meets the hard rules, even with shifts left uncovered: the published assignments, rest times, days in a row and weekly hours cannot all be kept together. Unpublish some assignments or relax a rule.</source>
            <translation>No roster meets the hard rules, even with shifts left uncovered: the published assignments, rest times, days in a row and weekly hours cannot all be kept together. Unpublish some assignments or relax a rule.</translation>
        </message>
        <message>
            <source>A published assignment cannot be kept: {reason}</source>
            <translation>A published assignment cannot be kept: {reason}</translation>
        </message>
        <message>
            <source>{day} {shift} needs {min} staff; only {free} are not on leave or unavailable ({leave} on leave, {unavailable} unavailable).</source>
            <translation>{day} {shift} needs {min} staff; only {free} are not on leave or unavailable ({leave} on leave, {unavailable} unavailable).</translation>
        </message>
        <message>
            <source>{day} {shift} needs {required} staff with {skill}; only {count} staff with that skill are not on leave or unavailable.</source>
            <translation>{day} {shift} needs {required} staff with {skill}; only {count} staff with that skill are not on leave or unavailable.</translation>
        </message>
        <message>
            <source>{day} {shift} cannot be staffed: it is {hours} h paid, more than the standard {std:g} h day plus the {max:g} h of overtime allowed a day.</source>
            <translation>{day} {shift} cannot be staffed: it is {hours} h paid, more than the standard {std:g} h day plus the {max:g} h of overtime allowed a day.</translation>
        </message>
        <message>
            <source>{day} needs {total} staff across {shifts}, but only {free} are not on leave or unavailable, and each works one shift a day at most.</source>
            <translation>{day} needs {total} staff across {shifts}, but only {free} are not on leave or unavailable, and each works one shift a day at most.</translation>
        </message>
        <message>
            <source>{day} {shift} allows at most {max} staff, but the published assignments put {short} more there.</source>
            <translation>{day} {shift} allows at most {max} staff, but the published assignments put {short} more there.</translation>
        </message>
        <message>
            <source>{day} {shift} cannot be covered: it is {short} short of the {min} staff it needs. {free} staff are free that day; {reasons}.</source>
            <translation>{day} {shift} cannot be covered: it is {short} short of the {min} staff it needs. {free} staff are free that day; {reasons}.</translation>
        </message>
        <message>
            <source>{day} {shift} cannot be covered: it is {short} short of staff with {skill} ({required} needed). {free} staff with that skill are free that day; {reasons}.</source>
            <translation>{day} {shift} cannot be covered: it is {short} short of staff with {skill} ({required} needed). {free} staff with that skill are free that day; {reasons}.</translation>
        </message>
        <message>
            <source>{n} on another shift that day</source>
            <translation>{n} on another shift that day</translation>
        </message>
        <message>
            <source>{n} short of rest next to another shift</source>
            <translation>{n} short of rest next to another shift</translation>
        </message>
        <message>
            <source>{n} short of rest next to a published shift</source>
            <translation>{n} short of rest next to a published shift</translation>
        </message>
        <message>
            <source>{n} short of rest next to a shift outside the period</source>
            <translation>{n} short of rest next to a shift outside the period</translation>
        </message>
        <message>
            <source>{n} at the limit of {max} days in a row</source>
            <translation>{n} at the limit of {max} days in a row</translation>
        </message>
        <message>
            <source>{n} at the limit of {max} days in a row, counting published days</source>
            <translation>{n} at the limit of {max} days in a row, counting published days</translation>
        </message>
        <message>
            <source>{n} at the limit of {max} days in a row, counting days outside the period</source>
            <translation>{n} at the limit of {max} days in a row, counting days outside the period</translation>
        </message>
        <message>
            <source>{n} at their weekly hours limit</source>
            <translation>{n} at their weekly hours limit</translation>
        </message>
        <message>
            <source>{n} at their weekly hours limit, counting published shifts</source>
            <translation>{n} at their weekly hours limit, counting published shifts</translation>
        </message>
        <message>
            <source>{n} at their weekly hours limit, counting shifts outside the period</source>
            <translation>{n} at their weekly hours limit, counting shifts outside the period</translation>
        </message>
        <message>
            <source>{n} at the monthly overtime limit</source>
            <translation>{n} at the monthly overtime limit</translation>
        </message>
        <message>
            <source>{n} needed on other shifts</source>
            <translation>{n} needed on other shifts</translation>
        </message>
        <message>
            <source>none of them can be added without breaking a hard rule</source>
            <translation>none of them can be added without breaking a hard rule</translation>
        </message>
        <message>
            <source>of those not on it, {list}</source>
            <translation>of those not on it, {list}</translation>
        </message>
        <message>
            <source>The time limit must be more than 0 seconds (got {value}).</source>
            <translation>The time limit must be more than 0 seconds (got {value}).</translation>
        </message>
    </context>
    <context>
        <name>RulesForm</name>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <source>Default 40 h: 国务院关于职工工作时间的规定, art. 3.</source>
            <translation>Default 40 h: 国务院关于职工工作时间的规定, art. 3.</translation>
        </message>
        <message>
            <source>The standard day, default 8 h: hours beyond it are overtime.</source>
            <translation>The standard day, default 8 h: hours beyond it are overtime.</translation>
        </message>
        <message>
            <source>Default 3 h beyond the standard day: 劳动法 art. 41.</source>
            <translation>Default 3 h beyond the standard day: 劳动法 art. 41.</translation>
        </message>
        <message>
            <source>Default 36 h: 劳动法 art. 41.</source>
            <translation>Default 36 h: 劳动法 art. 41.</translation>
        </message>
        <message>
            <source>Minimum rest between shifts</source>
            <translation>Minimum rest between shifts</translation>
        </message>
        <message>
            <source>Most days in a row</source>
            <translation>Most days in a row</translation>
        </message>
        <message>
            <source>Weekly hours limit</source>
            <translation>Weekly hours limit</translation>
        </message>
        <message>
            <source>Auto-roster time limit</source>
            <translation>Auto-roster time limit</translation>
        </message>
        <message>
            <source>Overtime counts</source>
            <translation>Overtime counts</translation>
        </message>
        <message>
            <source>Daily hours before overtime</source>
            <translation>Daily hours before overtime</translation>
        </message>
        <message>
            <source>Most overtime a day</source>
            <translation>Most overtime a day</translation>
        </message>
        <message>
            <source>Most overtime a month</source>
            <translation>Most overtime a month</translation>
        </message>
        <message>
            <source>Monthly labour-hours budget</source>
            <translation>Monthly labour-hours budget</translation>
        </message>
        <message>
            <source>Hard rules (the others are warnings)</source>
            <translation>Hard rules (the others are warnings)</translation>
        </message>
        <message>
            <source>Save rules</source>
            <translation>Save rules</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Branch profile</source>
            <translation>Branch profile</translation>
        </message>
        <message>
            <source>Language and data</source>
            <translation>Language and data</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>KPI targets</source>
            <translation>KPI targets</translation>
        </message>
        <message>
            <source>Users and sign-in</source>
            <translation>Users and sign-in</translation>
        </message>
        <message>
            <source>Restart BranchOps to apply the new language or folder.</source>
            <translation>Restart BranchOps to apply the new language or folder.</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>Database in use</source>
            <translation>Database in use</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>Choose the data folder</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Backups to keep</translation>
        </message>
        <message>
            <source>Backups folder</source>
            <translation>Backups folder</translation>
        </message>
        <message>
            <source>BranchOps backs up at the first start of each day and when it closes.</source>
            <translation>BranchOps backs up at the first start of each day and when it closes.</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Back up now</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>No target</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Welcome to BranchOps</source>
            <translation>Welcome to BranchOps</translation>
        </message>
        <message>
            <source>BranchOps keeps your branch's quality checks, rosters and monthly HQ report on this PC. Start by telling it about your branch.</source>
            <translation>BranchOps keeps your branch's quality checks, rosters and monthly HQ report on this PC. Start by telling it about your branch.</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Set up my branch</source>
            <translation>Set up my branch</translation>
        </message>
        <message>
            <source>Load demo data to try BranchOps (a sample branch)</source>
            <translation>Load demo data to try BranchOps (a sample branch)</translation>
        </message>
        <message>
            <source>Everything here can be changed later under Tools → Settings.</source>
            <translation>Everything here can be changed later under Tools → Settings.</translation>
        </message>
        <message>
            <source>Your branch</source>
            <translation>Your branch</translation>
        </message>
        <message>
            <source>Code and name appear on the monthly HQ workbook.</source>
            <translation>Code and name appear on the monthly HQ workbook.</translation>
        </message>
        <message>
            <source>Set up BranchOps</source>
            <translation>Set up BranchOps</translation>
        </message>
        <message>
            <source>Loading demo data…</source>
            <translation>Loading demo data…</translation>
        </message>
    </context>
    <context>
        <name>ShiftDialog</name>
        <message>
            <source>Shift type</source>
            <translation>Shift type</translation>
        </message>
        <message>
            <source>Ends the next day</source>
            <translation>Ends the next day</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Unpaid break</source>
            <translation>Unpaid break</translation>
        </message>
        <message>
            <source>Colour</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>Paid hours</source>
            <translation>Paid hours</translation>
        </message>
    </context>
    <context>
        <name>Shifts</name>
        <message>
            <source> (+1 day)</source>
            <translation> (+1 day)</translation>
        </message>
        <message>
            <source>Code: 1–8 letters or digits, typed in the grid (e.g. E).</source>
            <translation>Code: 1–8 letters or digits, typed in the grid (e.g. E).</translation>
        </message>
        <message>
            <source>Another shift type already has the code {code}.</source>
            <translation>Another shift type already has the code {code}.</translation>
        </message>
        <message>
            <source>Name is required.</source>
            <translation>Name is required.</translation>
        </message>
        <message>
            <source>The shift must end at a different time.</source>
            <translation>The shift must end at a different time.</translation>
        </message>
        <message>
            <source>The end ({end:%H:%M}) is before the start ({start:%H:%M}); tick 'ends the next day' for an overnight shift.</source>
            <translation>The end ({end:%H:%M}) is before the start ({start:%H:%M}); tick 'ends the next day' for an overnight shift.</translation>
        </message>
        <message>
            <source>An overnight shift must end the next day, earlier than it starts.</source>
            <translation>An overnight shift must end the next day, earlier than it starts.</translation>
        </message>
        <message>
            <source>The unpaid break must be 0 or more and shorter than the shift.</source>
            <translation>The unpaid break must be 0 or more and shorter than the shift.</translation>
        </message>
        <message>
            <source>Colour must look like #RRGGBB.</source>
            <translation>Colour must look like #RRGGBB.</translation>
        </message>
        <message>
            <source>That shift type no longer exists; reload the list.</source>
            <translation>That shift type no longer exists; reload the list.</translation>
        </message>
    </context>
    <context>
        <name>ShiftsPage</name>
        <message>
            <source>Shifts and needs</source>
            <translation>Shifts and needs</translation>
        </message>
        <message>
            <source>Shift types and weekly needs</source>
            <translation>Shift types and weekly needs</translation>
        </message>
        <message>
            <source>Special days</source>
            <translation>Special days</translation>
        </message>
        <message>
            <source>Rules and limits</source>
            <translation>Rules and limits</translation>
        </message>
        <message>
            <source>Add shift type…</source>
            <translation>Add shift type…</translation>
        </message>
        <message>
            <source>Edit shift type…</source>
            <translation>Edit shift type…</translation>
        </message>
        <message>
            <source>Staffing needs per weekday (closed days and public holidays have none)</source>
            <translation>Staffing needs per weekday (closed days and public holidays have none)</translation>
        </message>
        <message>
            <source>Edit the weekday's needs…</source>
            <translation>Edit the weekday's needs…</translation>
        </message>
        <message>
            <source>Add special days…</source>
            <translation>Add special days…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>Delete the special days {name}?</source>
            <translation>Delete the special days {name}?</translation>
        </message>
    </context>
    <context>
        <name>SignIn</name>
        <message>
            <source>Sign in to BranchOps</source>
            <translation>Sign in to BranchOps</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message>
            <source>Position name is required.</source>
            <translation>Position name is required.</translation>
        </message>
        <message>
            <source>There is already a position named {name}.</source>
            <translation>There is already a position named {name}.</translation>
        </message>
        <message>
            <source>{name} is held by {count} people; it cannot be removed.</source>
            <translation>{name} is held by {count} people; it cannot be removed.</translation>
        </message>
        <message>
            <source>Skill code: 1–32 lower-case letters, digits or _ (e.g. cashier).</source>
            <translation>Skill code: 1–32 lower-case letters, digits or _ (e.g. cashier).</translation>
        </message>
        <message>
            <source>Skill name is required.</source>
            <translation>Skill name is required.</translation>
        </message>
        <message>
            <source>There is already a skill with code {code}.</source>
            <translation>There is already a skill with code {code}.</translation>
        </message>
        <message>
            <source>That record no longer exists; reload the list.</source>
            <translation>That record no longer exists; reload the list.</translation>
        </message>
        <message>
            <source>Employee no.: 1–32 letters, digits, - or _ (e.g. E0012).</source>
            <translation>Employee no.: 1–32 letters, digits, - or _ (e.g. E0012).</translation>
        </message>
        <message>
            <source>Employee no. {no} is already used by another person.</source>
            <translation>Employee no. {no} is already used by another person.</translation>
        </message>
        <message>
            <source>Name is required.</source>
            <translation>Name is required.</translation>
        </message>
        <message>
            <source>Choose a position from the list.</source>
            <translation>Choose a position from the list.</translation>
        </message>
        <message>
            <source>Contracted hours a week must be more than 0 and at most 84.</source>
            <translation>Contracted hours a week must be more than 0 and at most 84.</translation>
        </message>
        <message>
            <source>Contracted {hours:g} h a week is over the weekly limit of {limit:g} h.</source>
            <translation>Contracted {hours:g} h a week is over the weekly limit of {limit:g} h.</translation>
        </message>
        <message>
            <source>Phone: digits, spaces, + and - only.</source>
            <translation>Phone: digits, spaces, + and - only.</translation>
        </message>
        <message>
            <source>Choose skills from the list.</source>
            <translation>Choose skills from the list.</translation>
        </message>
        <message>
            <source>A skill is listed twice.</source>
            <translation>A skill is listed twice.</translation>
        </message>
        <message>
            <source>The last day cannot be before the hire date.</source>
            <translation>The last day cannot be before the hire date.</translation>
        </message>
        <message>
            <source>That person no longer exists; reload the list.</source>
            <translation>That person no longer exists; reload the list.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <source>New person</source>
            <translation>New person</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Edit person</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Full time</source>
            <translation>Full time</translation>
        </message>
        <message>
            <source>Part time</source>
            <translation>Part time</translation>
        </message>
        <message>
            <source> h/week</source>
            <translation> h/week</translation>
        </message>
        <message>
            <source>Known</source>
            <translation>Known</translation>
        </message>
        <message>
            <source>Employee no.</source>
            <translation>Employee no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Employment</source>
            <translation>Employment</translation>
        </message>
        <message>
            <source>Contracted hours</source>
            <translation>Contracted hours</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Hire date</source>
            <translation>Hire date</translation>
        </message>
        <message>
            <source>Skills (valid until, if it lapses)</source>
            <translation>Skills (valid until, if it lapses)</translation>
        </message>
        <message>
            <source>valid until</source>
            <translation>valid until</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <source>Full time</source>
            <translation>Full time</translation>
        </message>
        <message>
            <source>Part time</source>
            <translation>Part time</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>Directory</translation>
        </message>
        <message>
            <source>Positions and skills</source>
            <translation>Positions and skills</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Left</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Mark as left…</source>
            <translation>Mark as left…</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>All positions</source>
            <translation>All positions</translation>
        </message>
        <message>
            <source>Mark as left</source>
            <translation>Mark as left</translation>
        </message>
        <message>
            <source>Last working day of {name} (YYYY-MM-DD). The history stays.</source>
            <translation>Last working day of {name} (YYYY-MM-DD). The history stays.</translation>
        </message>
        <message>
            <source>Write the date as YYYY-MM-DD.</source>
            <translation>Write the date as YYYY-MM-DD.</translation>
        </message>
        <message>
            <source>Make {name} active again?</source>
            <translation>Make {name} active again?</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>New position</source>
            <translation>New position</translation>
        </message>
        <message>
            <source>Rename position</source>
            <translation>Rename position</translation>
        </message>
        <message>
            <source>New skill</source>
            <translation>New skill</translation>
        </message>
        <message>
            <source>Code (letters, digits, _; e.g. fire_warden)</source>
            <translation>Code (letters, digits, _; e.g. fire_warden)</translation>
        </message>
        <message>
            <source>Rename skill</source>
            <translation>Rename skill</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Response (Chinese)</source>
            <translation>Response (Chinese)</translation>
        </message>
        <message>
            <source>Response (English)</source>
            <translation>Response (English)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>no limit</source>
            <translation>no limit</translation>
        </message>
        <message>
            <source>Critical (a failure fails the inspection)</source>
            <translation>Critical (a failure fails the inspection)</translation>
        </message>
        <message>
            <source>Concerns a staff member</source>
            <translation>Concerns a staff member</translation>
        </message>
        <message>
            <source>Answer required</source>
            <translation>Answer required</translation>
        </message>
        <message>
            <source>“Yes” is the good answer</source>
            <translation>“Yes” is the good answer</translation>
        </message>
        <message>
            <source>Add response</source>
            <translation>Add response</translation>
        </message>
        <message>
            <source>Remove response</source>
            <translation>Remove response</translation>
        </message>
        <message>
            <source>Item (Chinese)</source>
            <translation>Item (Chinese)</translation>
        </message>
        <message>
            <source>Item (English)</source>
            <translation>Item (English)</translation>
        </message>
        <message>
            <source>Guidance</source>
            <translation>Guidance</translation>
        </message>
        <message>
            <source>Answer type</source>
            <translation>Answer type</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Scale top (0–N)</source>
            <translation>Scale top (0–N)</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Responses</translation>
        </message>
        <message>
            <source>Lower, upper limit, unit</source>
            <translation>Lower, upper limit, unit</translation>
        </message>
        <message>
            <source>Shown only when</source>
            <translation>Shown only when</translation>
        </message>
        <message>
            <source>has the answer</source>
            <translation>has the answer</translation>
        </message>
        <message>
            <source>(always shown)</source>
            <translation>(always shown)</translation>
        </message>
        <message>
            <source>Section 1</source>
            <translation>Section 1</translation>
        </message>
        <message>
            <source>New checklist template</source>
            <translation>New checklist template</translation>
        </message>
        <message>
            <source>Edit checklist template</source>
            <translation>Edit checklist template</translation>
        </message>
        <message>
            <source>Name (Chinese)</source>
            <translation>Name (Chinese)</translation>
        </message>
        <message>
            <source>Name (English)</source>
            <translation>Name (English)</translation>
        </message>
        <message>
            <source>Pass mark</source>
            <translation>Pass mark</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Add section</source>
            <translation>Add section</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Add item</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Drag, or Alt+↑ / Alt+↓, to reorder.</source>
            <translation>Drag, or Alt+↑ / Alt+↓, to reorder.</translation>
        </message>
        <message>
            <source>Section (Chinese)</source>
            <translation>Section (Chinese)</translation>
        </message>
        <message>
            <source>Section (English)</source>
            <translation>Section (English)</translation>
        </message>
        <message>
            <source>(untitled section)</source>
            <translation>(untitled section)</translation>
        </message>
        <message>
            <source>(new item)</source>
            <translation>(new item)</translation>
        </message>
        <message>
            <source>Section {n}</source>
            <translation>Section {n}</translation>
        </message>
    </context>
    <context>
        <name>Timesheet</name>
        <message>
            <source>Over the contracted weekly hours</source>
            <translation>Over the contracted weekly hours</translation>
        </message>
        <message>
            <source>Over the daily hours limit</source>
            <translation>Over the daily hours limit</translation>
        </message>
        <message>
            <source>Over the rostered hours of the day</source>
            <translation>Over the rostered hours of the day</translation>
        </message>
        <message>
            <source>Choose a person.</source>
            <translation>Choose a person.</translation>
        </message>
        <message>
            <source>Actual hours must be from 0 to 24.</source>
            <translation>Actual hours must be from 0 to 24.</translation>
        </message>
        <message>
            <source>Working days (150 %): hours beyond the {hours:g} h standard day.</source>
            <translation>Working days (150 %): hours beyond the {hours:g} h standard day.</translation>
        </message>
        <message>
            <source>Working days (150 %): hours beyond the contracted week, in the month of the week's Sunday.</source>
            <translation>Working days (150 %): hours beyond the contracted week, in the month of the week's Sunday.</translation>
        </message>
        <message>
            <source>Working days (150 %): hours beyond the rostered hours of the day.</source>
            <translation>Working days (150 %): hours beyond the rostered hours of the day.</translation>
        </message>
        <message>
            <source>Rest days (200 %): hours on Saturdays, Sundays and the days off of a holiday block, less {hours:g} h for each working day off in the same week (a day off in lieu), in the month of the week's Sunday.</source>
            <translation>Rest days (200 %): hours on Saturdays, Sundays and the days off of a holiday block, less {hours:g} h for each working day off in the same week (a day off in lieu), in the month of the week's Sunday.</translation>
        </message>
        <message>
            <source>Public holidays (300 %): every hour worked on a statutory holiday.</source>
            <translation>Public holidays (300 %): every hour worked on a statutory holiday.</translation>
        </message>
        <message>
            <source>Warnings: more than {day:g} h beyond the standard day, or more than {month:g} h of overtime in the month.</source>
            <translation>Warnings: more than {day:g} h beyond the standard day, or more than {month:g} h of overtime in the month.</translation>
        </message>
        <message>
            <source>{name} worked {hours} h on {day}, {over} h beyond the standard {std:g} h day; overtime is at most {max:g} h a day.</source>
            <translation>{name} worked {hours} h on {day}, {over} h beyond the standard {std:g} h day; overtime is at most {max:g} h a day.</translation>
        </message>
    </context>
    <context>
        <name>TimesheetPage</name>
        <message>
            <source>Timesheet</source>
            <translation>Timesheet</translation>
        </message>
        <message>
            <source>Enter actual hours…</source>
            <translation>Enter actual hours…</translation>
        </message>
        <message>
            <source>Back to rostered hours</source>
            <translation>Back to rostered hours</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Planned {planned:.1f} h · actual {actual:.1f} h · overtime {ot:.1f} h</source>
            <translation>Planned {planned:.1f} h · actual {actual:.1f} h · overtime {ot:.1f} h</translation>
        </message>
        <message>
            <source> · {used:.0%} of the {budget:g} h budget</source>
            <translation> · {used:.0%} of the {budget:g} h budget</translation>
        </message>
        <message>
            <source>Actual hours</source>
            <translation>Actual hours</translation>
        </message>
        <message>
            <source>Hours worked on {day}</source>
            <translation>Hours worked on {day}</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <source>Too many wrong passwords: this account is locked. Try again after {time}.</source>
            <translation>Too many wrong passwords: this account is locked. Try again after {time}.</translation>
        </message>
        <message>
            <source>Wrong user name or password. Check both and try again.</source>
            <translation>Wrong user name or password. Check both and try again.</translation>
        </message>
        <message>
            <source>The account {user} has been deactivated. Ask the branch manager.</source>
            <translation>The account {user} has been deactivated. Ask the branch manager.</translation>
        </message>
        <message>
            <source>This user no longer exists. Reload the list.</source>
            <translation>This user no longer exists. Reload the list.</translation>
        </message>
        <message>
            <source>The password needs at least {count} characters.</source>
            <translation>The password needs at least {count} characters.</translation>
        </message>
        <message>
            <source>The password may have at most {count} characters.</source>
            <translation>The password may have at most {count} characters.</translation>
        </message>
        <message>
            <source>The password must not be the same as the user name.</source>
            <translation>The password must not be the same as the user name.</translation>
        </message>
        <message>
            <source>User name: 2–32 letters, digits, '.', '_', '-' or '@', without spaces (and not 'system').</source>
            <translation>User name: 2–32 letters, digits, '.', '_', '-' or '@', without spaces (and not 'system').</translation>
        </message>
        <message>
            <source>The user name {name} is already taken.</source>
            <translation>The user name {name} is already taken.</translation>
        </message>
        <message>
            <source>The display name is too long (max. 64).</source>
            <translation>The display name is too long (max. 64).</translation>
        </message>
        <message>
            <source>Choose a role.</source>
            <translation>Choose a role.</translation>
        </message>
        <message>
            <source>{user} is the last manager who can sign in. Make another user a manager first, or turn sign-in off.</source>
            <translation>{user} is the last manager who can sign in. Make another user a manager first, or turn sign-in off.</translation>
        </message>
        <message>
            <source>You cannot deactivate the account you are signed in with.</source>
            <translation>You cannot deactivate the account you are signed in with.</translation>
        </message>
        <message>
            <source>In single-user mode nobody signs in, so there is no password to change. Create users and turn sign-in on first.</source>
            <translation>In single-user mode nobody signs in, so there is no password to change. Create users and turn sign-in on first.</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <source>Sign-in can be turned on only with the name and password of a manager.</source>
            <translation>Sign-in can be turned on only with the name and password of a manager.</translation>
        </message>
    </context>
    <context>
        <name>UsersTab</name>
        <message>
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>Edit user</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Require sign-in when BranchOps starts</source>
            <translation>Require sign-in when BranchOps starts</translation>
        </message>
        <message>
            <source>Without sign-in, whoever uses this PC acts as the branch manager. Turning sign-in on asks for a manager's password.</source>
            <translation>Without sign-in, whoever uses this PC acts as the branch manager. Turning sign-in on asks for a manager's password.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Set password…</source>
            <translation>Set password…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>Set password</translation>
        </message>
        <message>
            <source>New password for {user}:</source>
            <translation>New password for {user}:</translation>
        </message>
        <message>
            <source>Turn on sign-in</source>
            <translation>Turn on sign-in</translation>
        </message>
        <message>
            <source>Type a manager's user name and password to turn sign-in on.</source>
            <translation>Type a manager's user name and password to turn sign-in on.</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Sign-in</translation>
        </message>
        <message>
            <source>Sign-in is on from the next start of BranchOps.</source>
            <translation>Sign-in is on from the next start of BranchOps.</translation>
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
        <name>WeekdayShort</name>
        <message>
            <source>Mon</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>Sun</translation>
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
    <context>
        <name>Workers</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
</TS>
