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
        <name>Agenda</name>
        <message>
            <source>Overdue corrective action: {title}</source>
            <translation>Overdue corrective action: {title}</translation>
        </message>
        <message>
            <source>Corrective action due: {title}</source>
            <translation>Corrective action due: {title}</translation>
        </message>
        <message>
            <source>Inspection {template}: {state}</source>
            <translation>Inspection {template}: {state}</translation>
        </message>
        <message>
            <source>HQ workbook for {month} exported; due on {day}</source>
            <translation>HQ workbook for {month} exported; due on {day}</translation>
        </message>
        <message>
            <source>HQ workbook for {month} is {n} day(s) late</source>
            <translation>HQ workbook for {month} is {n} day(s) late</translation>
        </message>
        <message>
            <source>HQ workbook for {month}: {n} day(s) left (due {day})</source>
            <translation>HQ workbook for {month}: {n} day(s) left (due {day})</translation>
        </message>
        <message>
            <source>Leave of {name} from {day} awaits approval</source>
            <translation>Leave of {name} from {day} awaits approval</translation>
        </message>
        <message>
            <source>Roster of the week from {day} is not published</source>
            <translation>Roster of the week from {day} is not published</translation>
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
            <source>Sign-in refused</source>
            <translation>Sign-in refused</translation>
        </message>
        <message>
            <source>Locked out</source>
            <translation>Locked out</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>Restored</translation>
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
            <source>Leave day</source>
            <translation>Leave day</translation>
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
            <source>Training course</source>
            <translation>Training course</translation>
        </message>
        <message>
            <source>Course's required position</source>
            <translation>Course's required position</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Training session</translation>
        </message>
        <message>
            <source>Training attendance</source>
            <translation>Training attendance</translation>
        </message>
        <message>
            <source>Outside certificate</source>
            <translation>Outside certificate</translation>
        </message>
        <message>
            <source>Report export</source>
            <translation>Report export</translation>
        </message>
        <message>
            <source>Cost category</source>
            <translation>Cost category</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <source>Budget version</source>
            <translation>Budget version</translation>
        </message>
        <message>
            <source>Budget amount</source>
            <translation>Budget amount</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Recurring expense</source>
            <translation>Recurring expense</translation>
        </message>
        <message>
            <source>Expense</source>
            <translation>Expense</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Risk review</source>
            <translation>Risk review</translation>
        </message>
        <message>
            <source>Emergency plan</source>
            <translation>Emergency plan</translation>
        </message>
        <message>
            <source>Emergency plan version</source>
            <translation>Emergency plan version</translation>
        </message>
        <message>
            <source>Emergency plan role</source>
            <translation>Emergency plan role</translation>
        </message>
        <message>
            <source>Emergency plan step</source>
            <translation>Emergency plan step</translation>
        </message>
        <message>
            <source>Drill objective</source>
            <translation>Drill objective</translation>
        </message>
        <message>
            <source>Drill</source>
            <translation>Drill</translation>
        </message>
        <message>
            <source>Drill participant</source>
            <translation>Drill participant</translation>
        </message>
        <message>
            <source>Drill step time</source>
            <translation>Drill step time</translation>
        </message>
        <message>
            <source>Drill rating</source>
            <translation>Drill rating</translation>
        </message>
        <message>
            <source>Drill issue</source>
            <translation>Drill issue</translation>
        </message>
        <message>
            <source>Drill photo</source>
            <translation>Drill photo</translation>
        </message>
        <message>
            <source>Risk linked to a drill</source>
            <translation>Risk linked to a drill</translation>
        </message>
        <message>
            <source>Feedback record</source>
            <translation>Feedback record</translation>
        </message>
        <message>
            <source>Feedback attachment</source>
            <translation>Feedback attachment</translation>
        </message>
        <message>
            <source>Survey import</source>
            <translation>Survey import</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Complaint step</source>
            <translation>Complaint step</translation>
        </message>
        <message>
            <source>Complaint clock pause</source>
            <translation>Complaint clock pause</translation>
        </message>
        <message>
            <source>Demo data</source>
            <translation>Demo data</translation>
        </message>
        <message>
            <source>Database</source>
            <translation>Database</translation>
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
            <source>The folder {folder} for the backup does not exist; create it first.</source>
            <translation>The folder {folder} for the backup does not exist; create it first.</translation>
        </message>
        <message>
            <source>{path} cannot be restored: {reason} Nothing was changed.</source>
            <translation>{path} cannot be restored: {reason} Nothing was changed.</translation>
        </message>
        <message>
            <source>{path} is a folder; name the backup file in it, for example {example}. Nothing was changed.</source>
            <translation>{path} is a folder; name the backup file in it, for example {example}. Nothing was changed.</translation>
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
            <source>Backup failed</source>
            <translation>Backup failed</translation>
        </message>
        <message>
            <source>The automatic backup into {folder} failed: {reason} Your data is unchanged, but it is not backed up until this is fixed; use File &gt; Back up now once it is.</source>
            <translation>The automatic backup into {folder} failed: {reason} Your data is unchanged, but it is not backed up until this is fixed; use File &gt; Back up now once it is.</translation>
        </message>
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
        <name>Budget</name>
        <message>
            <source>This category has no figures in this fiscal year.</source>
            <translation>This category has no figures in this fiscal year.</translation>
        </message>
        <message>
            <source>{category} is within its budget and its forecast; no action is needed.</source>
            <translation>{category} is within its budget and its forecast; no action is needed.</translation>
        </message>
        <message>
            <source>{year}: {category} over budget to the end of {month} by {amount} ({share})</source>
            <translation>{year}: {category} over budget to the end of {month} by {amount} ({share})</translation>
        </message>
        <message>
            <source>{year}: {category} forecast to end the year over budget by {amount}</source>
            <translation>{year}: {category} forecast to end the year over budget by {amount}</translation>
        </message>
        <message>
            <source>{category} over budget: find the cause and bring spending back within the budget</source>
            <translation>{category} over budget: find the cause and bring spending back within the budget</translation>
        </message>
        <message>
            <source>Confirm the planned expense {what}, {amount}</source>
            <translation>Confirm the planned expense {what}, {amount}</translation>
        </message>
        <message>
            <source>The attachment {name} is larger than {limit} MB; choose a smaller one.</source>
            <translation>The attachment {name} is larger than {limit} MB; choose a smaller one.</translation>
        </message>
        <message>
            <source>The attachment {name} cannot be read: {reason}</source>
            <translation>The attachment {name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>Enter the category's name.</source>
            <translation>Enter the category's name.</translation>
        </message>
        <message>
            <source>A category name has at most {limit} characters.</source>
            <translation>A category name has at most {limit} characters.</translation>
        </message>
        <message>
            <source>A category named {name} exists already.</source>
            <translation>A category named {name} exists already.</translation>
        </message>
        <message>
            <source>The warning threshold is a percentage from 1 to 100.</source>
            <translation>The warning threshold is a percentage from 1 to 100.</translation>
        </message>
        <message>
            <source>This category no longer exists.</source>
            <translation>This category no longer exists.</translation>
        </message>
        <message>
            <source>{year} is closed: its expenses and budget can no longer be changed.</source>
            <translation>{year} is closed: its expenses and budget can no longer be changed.</translation>
        </message>
        <message>
            <source>Choose the date of the expense.</source>
            <translation>Choose the date of the expense.</translation>
        </message>
        <message>
            <source>The date {date} is after today; record an expense once it is spent.</source>
            <translation>The date {date} is after today; record an expense once it is spent.</translation>
        </message>
        <message>
            <source>Choose the cost category.</source>
            <translation>Choose the cost category.</translation>
        </message>
        <message>
            <source>The category {name} is no longer in use; choose another.</source>
            <translation>The category {name} is no longer in use; choose another.</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>An invoice no. has at most {limit} characters.</source>
            <translation>An invoice no. has at most {limit} characters.</translation>
        </message>
        <message>
            <source>Enter the vendor who issued invoice {no}.</source>
            <translation>Enter the vendor who issued invoice {no}.</translation>
        </message>
        <message>
            <source>Invoice no. {no} of {vendor} is already recorded (expense of {date}, {amount}); an invoice is entered once.</source>
            <translation>Invoice no. {no} of {vendor} is already recorded (expense of {date}, {amount}); an invoice is entered once.</translation>
        </message>
        <message>
            <source>The note has at most {limit} characters.</source>
            <translation>The note has at most {limit} characters.</translation>
        </message>
        <message>
            <source>Only a manager may override a stop budget. {problem}</source>
            <translation>Only a manager may override a stop budget. {problem}</translation>
        </message>
        <message>
            <source>This expense no longer exists.</source>
            <translation>This expense no longer exists.</translation>
        </message>
        <message>
            <source>FY{year}</source>
            <translation>FY{year}</translation>
        </message>
        <message>
            <source>FY{year} ({first} – {last})</source>
            <translation>FY{year} ({first} – {last})</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Warn</source>
            <translation>Warn</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Staff costs</source>
            <translation>Staff costs</translation>
        </message>
        <message>
            <source>Rent and property</source>
            <translation>Rent and property</translation>
        </message>
        <message>
            <source>Utilities</source>
            <translation>Utilities</translation>
        </message>
        <message>
            <source>Marketing</source>
            <translation>Marketing</translation>
        </message>
        <message>
            <source>Repairs and maintenance</source>
            <translation>Repairs and maintenance</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Office supplies</source>
            <translation>Office supplies</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Run-rate</source>
            <translation>Run-rate</translation>
        </message>
        <message>
            <source>Ratio to date</source>
            <translation>Ratio to date</translation>
        </message>
        <message>
            <source>Seasonal index</source>
            <translation>Seasonal index</translation>
        </message>
        <message>
            <source>year to date ÷ months elapsed × 12</source>
            <translation>year to date ÷ months elapsed × 12</translation>
        </message>
        <message>
            <source>year to date ÷ last year's share of the year spent by the same month</source>
            <translation>year to date ÷ last year's share of the year spent by the same month</translation>
        </message>
        <message>
            <source>year to date + the remaining months at last year's shares × this year's level</source>
            <translation>year to date + the remaining months at last year's shares × this year's level</translation>
        </message>
        <message>
            <source>{field}: enter an amount.</source>
            <translation>{field}: enter an amount.</translation>
        </message>
        <message>
            <source>{field}: “{value}” is not an amount; write e.g. 1234.50.</source>
            <translation>{field}: “{value}” is not an amount; write e.g. 1234.50.</translation>
        </message>
        <message>
            <source>{field} cannot be negative.</source>
            <translation>{field} cannot be negative.</translation>
        </message>
        <message>
            <source>{field} must be more than zero.</source>
            <translation>{field} must be more than zero.</translation>
        </message>
        <message>
            <source>{field}: at most two decimals (whole fen), e.g. 1234.56.</source>
            <translation>{field}: at most two decimals (whole fen), e.g. 1234.56.</translation>
        </message>
        <message>
            <source>{field} cannot be more than {limit}.</source>
            <translation>{field} cannot be more than {limit}.</translation>
        </message>
        <message>
            <source>Month {n}: a share is a percentage from 0 to 100.</source>
            <translation>Month {n}: a share is a percentage from 0 to 100.</translation>
        </message>
        <message>
            <source>The monthly shares add up to {total} %; they must add up to 100 %.</source>
            <translation>The monthly shares add up to {total} %; they must add up to 100 %.</translation>
        </message>
        <message>
            <source>the annual budget of {category} for {year}</source>
            <translation>the annual budget of {category} for {year}</translation>
        </message>
        <message>
            <source>the budget of {category} from the start of {year} to the end of {month}</source>
            <translation>the budget of {category} from the start of {year} to the end of {month}</translation>
        </message>
        <message>
            <source>the budget of {category} for {month}</source>
            <translation>the budget of {category} for {month}</translation>
        </message>
        <message>
            <source>Refused: this expense goes over {budget} ({limit}) by {over}. A manager may override with a reason.</source>
            <translation>Refused: this expense goes over {budget} ({limit}) by {over}. A manager may override with a reason.</translation>
        </message>
        <message>
            <source>Over budget: this expense goes over {budget} ({limit}) by {over}.</source>
            <translation>Over budget: this expense goes over {budget} ({limit}) by {over}.</translation>
        </message>
        <message>
            <source>With this expense {after} is spent of {budget} ({limit}): {share}.</source>
            <translation>With this expense {after} is spent of {budget} ({limit}): {share}.</translation>
        </message>
        <message>
            <source>The day of the month is from 1 to 31.</source>
            <translation>The day of the month is from 1 to 31.</translation>
        </message>
        <message>
            <source>Choose the first month.</source>
            <translation>Choose the first month.</translation>
        </message>
        <message>
            <source>The end cannot be before the start.</source>
            <translation>The end cannot be before the start.</translation>
        </message>
        <message>
            <source>This recurring expense no longer exists.</source>
            <translation>This recurring expense no longer exists.</translation>
        </message>
        <message>
            <source>Give a share for each of the 12 months.</source>
            <translation>Give a share for each of the 12 months.</translation>
        </message>
        <message>
            <source>Yearly amount</source>
            <translation>Yearly amount</translation>
        </message>
        <message>
            <source>A category of the budget no longer exists.</source>
            <translation>A category of the budget no longer exists.</translation>
        </message>
        <message>
            <source>{category}: give an amount for each of the 12 months.</source>
            <translation>{category}: give an amount for each of the 12 months.</translation>
        </message>
        <message>
            <source>{category}, {month}</source>
            <translation>{category}, {month}</translation>
        </message>
        <message>
            <source>Nothing changed against the current version; nothing was saved.</source>
            <translation>Nothing changed against the current version; nothing was saved.</translation>
        </message>
        <message>
            <source>{year} has a budget already: say why it is revised (the original is kept).</source>
            <translation>{year} has a budget already: say why it is revised (the original is kept).</translation>
        </message>
        <message>
            <source>The reason has at most {limit} characters.</source>
            <translation>The reason has at most {limit} characters.</translation>
        </message>
        <message>
            <source>{year} has not ended yet; it can be closed after {day}.</source>
            <translation>{year} has not ended yet; it can be closed after {day}.</translation>
        </message>
        <message>
            <source>The budget of {year} was revised by {user} at {time} after you opened it; nothing was saved. Open the year again to see the new revision.</source>
            <translation>The budget of {year} was revised by {user} at {time} after you opened it; nothing was saved. Open the year again to see the new revision.</translation>
        </message>
        <message>
            <source>Overspending of {category} in {year}</source>
            <translation>Overspending of {category} in {year}</translation>
        </message>
    </context>
    <context>
        <name>BudgetCharts</name>
        <message>
            <source>¥{n}万</source>
            <translation>¥{n}万</translation>
        </message>
        <message>
            <source>No budget or spending for this fiscal year yet.</source>
            <translation>No budget or spending for this fiscal year yet.</translation>
        </message>
        <message>
            <source>Plan (cumulative budget)</source>
            <translation>Plan (cumulative budget)</translation>
        </message>
        <message>
            <source>Actual (cumulative)</source>
            <translation>Actual (cumulative)</translation>
        </message>
        <message>
            <source>Year-end forecast</source>
            <translation>Year-end forecast</translation>
        </message>
        <message>
            <source>Budget burn-up: actual against plan</source>
            <translation>Budget burn-up: actual against plan</translation>
        </message>
        <message>
            <source>Year-end forecast ({method})</source>
            <translation>Year-end forecast ({method})</translation>
        </message>
        <message>
            <source>Budget burn-up, {year}</source>
            <translation>Budget burn-up, {year}</translation>
        </message>
    </context>
    <context>
        <name>BudgetPage</name>
        <message>
            <source>Budget against actual spending</source>
            <translation>Budget against actual spending</translation>
        </message>
        <message>
            <source>Variance and forecast</source>
            <translation>Variance and forecast</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Expenses</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Categories and policies</source>
            <translation>Categories and policies</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Copy row</source>
            <translation>Copy row</translation>
        </message>
        <message>
            <source>Paste row</source>
            <translation>Paste row</translation>
        </message>
        <message>
            <source>Spread a yearly amount…</source>
            <translation>Spread a yearly amount…</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>Discard changes</translation>
        </message>
        <message>
            <source>Import HQ allocation…</source>
            <translation>Import HQ allocation…</translation>
        </message>
        <message>
            <source>Close the year</source>
            <translation>Close the year</translation>
        </message>
        <message>
            <source>No budget yet</source>
            <translation>No budget yet</translation>
        </message>
        <message>
            <source>Original · {day} · {who}</source>
            <translation>Original · {day} · {who}</translation>
        </message>
        <message>
            <source>Revision {n} · {day} · {who}: {reason}</source>
            <translation>Revision {n} · {day} · {who}: {reason}</translation>
        </message>
        <message>
            <source>{year} is closed: its budget is shown read-only.</source>
            <translation>{year} is closed: its budget is shown read-only.</translation>
        </message>
        <message>
            <source>An earlier version of {year}, kept as it was: shown read-only.</source>
            <translation>An earlier version of {year}, kept as it was: shown read-only.</translation>
        </message>
        <message>
            <source>{year} has no budget yet. Type the amounts (or import HQ's allocation); the first save is the original budget.</source>
            <translation>{year} has no budget yet. Type the amounts (or import HQ's allocation); the first save is the original budget.</translation>
        </message>
        <message>
            <source>Changes to {year} are saved as a new version with a reason; the original stays.</source>
            <translation>Changes to {year} are saved as a new version with a reason; the original stays.</translation>
        </message>
        <message>
            <source>The budget of {year}.</source>
            <translation>The budget of {year}.</translation>
        </message>
        <message>
            <source>Reopen the year</source>
            <translation>Reopen the year</translation>
        </message>
        <message>
            <source>Reopen {year} for changes?</source>
            <translation>Reopen {year} for changes?</translation>
        </message>
        <message>
            <source>Close {year}? Its expenses and budget can then no longer be changed (a manager can reopen it).</source>
            <translation>Close {year}? Its expenses and budget can then no longer be changed (a manager can reopen it).</translation>
        </message>
        <message>
            <source>Year-end forecast ({method})</source>
            <translation>Year-end forecast ({method})</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>New category…</source>
            <translation>New category…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Headline year-end forecast</source>
            <translation>Headline year-end forecast</translation>
        </message>
        <message>
            <source>The fiscal year starts in month {month} (the branch profile, under Settings).</source>
            <translation>The fiscal year starts in month {month} (the branch profile, under Settings).</translation>
        </message>
        <message>
            <source>Cost category</source>
            <translation>Cost category</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>English name</source>
            <translation>English name</translation>
        </message>
        <message>
            <source>Over the annual budget</source>
            <translation>Over the annual budget</translation>
        </message>
        <message>
            <source>Over the monthly budget</source>
            <translation>Over the monthly budget</translation>
        </message>
        <message>
            <source>Warn from</source>
            <translation>Warn from</translation>
        </message>
        <message>
            <source>Unused monthly budget carries forward</source>
            <translation>Unused monthly budget carries forward</translation>
        </message>
        <message>
            <source>Has expenses every month</source>
            <translation>Has expenses every month</translation>
        </message>
        <message>
            <source>The HQ export then reports a month with none as incomplete.</source>
            <translation>The HQ export then reports a month with none as incomplete.</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Stop refuses an expense over the budget (a manager may override it with a reason); Warn saves it after a warning; Ignore says nothing. ERPNext's defaults: annual Stop, monthly Warn.</source>
            <translation>Stop refuses an expense over the budget (a manager may override it with a reason); Warn saves it after a warning; Ignore says nothing. ERPNext's defaults: annual Stop, monthly Warn.</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>New expense</source>
            <translation>New expense</translation>
        </message>
        <message>
            <source>Confirm the planned expense</source>
            <translation>Confirm the planned expense</translation>
        </message>
        <message>
            <source>Expense {id}</source>
            <translation>Expense {id}</translation>
        </message>
        <message>
            <source>Generated from a recurring expense. Check the amount against the invoice and save to confirm it; only then does it count as spent.</source>
            <translation>Generated from a recurring expense. Check the amount against the invoice and save to confirm it; only then does it count as spent.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Yuan, e.g. 1280.50</source>
            <translation>Yuan, e.g. 1280.50</translation>
        </message>
        <message>
            <source>Amount (CNY)</source>
            <translation>Amount (CNY)</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>Attach a file…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Attach a file</translation>
        </message>
        <message>
            <source>{warnings}

Save the expense anyway?</source>
            <translation>{warnings}

Save the expense anyway?</translation>
        </message>
        <message>
            <source>Over budget</source>
            <translation>Over budget</translation>
        </message>
        <message>
            <source>{problems}

As manager you may override. Why is it needed?</source>
            <translation>{problems}

As manager you may override. Why is it needed?</translation>
        </message>
        <message>
            <source>Override the budget</source>
            <translation>Override the budget</translation>
        </message>
        <message>
            <source>Give the reason to override.</source>
            <translation>Give the reason to override.</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Overrides only</source>
            <translation>Overrides only</translation>
        </message>
        <message>
            <source>New expense…</source>
            <translation>New expense…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Open attachment</source>
            <translation>Open attachment</translation>
        </message>
        <message>
            <source>Recurring expenses…</source>
            <translation>Recurring expenses…</translation>
        </message>
        <message>
            <source>Import from Excel…</source>
            <translation>Import from Excel…</translation>
        </message>
        <message>
            <source>Confirm…</source>
            <translation>Confirm…</translation>
        </message>
        <message>
            <source>Delete the expense of {date} ({category}, ¥{amount})?</source>
            <translation>Delete the expense of {date} ({category}, ¥{amount})?</translation>
        </message>
        <message>
            <source>The attached file is missing from the data folder ({path}).</source>
            <translation>The attached file is missing from the data folder ({path}).</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Year total</source>
            <translation>Year total</translation>
        </message>
        <message>
            <source>Recurring expense</source>
            <translation>Recurring expense</translation>
        </message>
        <message>
            <source>The usual amount, e.g. 86000</source>
            <translation>The usual amount, e.g. 86000</translation>
        </message>
        <message>
            <source>In shorter months: the month's last day.</source>
            <translation>In shorter months: the month's last day.</translation>
        </message>
        <message>
            <source>Day of the month</source>
            <translation>Day of the month</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>until</source>
            <translation>until</translation>
        </message>
        <message>
            <source>End</source>
            <translation>End</translation>
        </message>
        <message>
            <source>Each month's expense is added as planned on its day, to be confirmed.</source>
            <translation>Each month's expense is added as planned on its day, to be confirmed.</translation>
        </message>
        <message>
            <source>Recurring expenses</source>
            <translation>Recurring expenses</translation>
        </message>
        <message>
            <source>New…</source>
            <translation>New…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>Stop the recurring expense {what}? Those already generated stay.</source>
            <translation>Stop the recurring expense {what}? Those already generated stay.</translation>
        </message>
        <message>
            <source>Revise the budget of {year}</source>
            <translation>Revise the budget of {year}</translation>
        </message>
        <message>
            <source>This saves version {number} of {year}, dated {day}, by {user}. The original and every earlier version are kept; variance is shown against the newest version, or against the original on request.</source>
            <translation>This saves version {number} of {year}, dated {day}, by {user}. The original and every earlier version are kept; variance is shown against the newest version, or against the original on request.</translation>
        </message>
        <message>
            <source>e.g. HQ notice of 12 June: marketing budget raised by 15 %</source>
            <translation>e.g. HQ notice of 12 June: marketing budget raised by 15 %</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Equal months</source>
            <translation>Equal months</translation>
        </message>
        <message>
            <source>Like last year's spending</source>
            <translation>Like last year's spending</translation>
        </message>
        <message>
            <source>Typed shares (%)</source>
            <translation>Typed shares (%)</translation>
        </message>
        <message>
            <source>Spread a yearly amount: {category}</source>
            <translation>Spread a yearly amount: {category}</translation>
        </message>
        <message>
            <source>Yuan, e.g. 120000</source>
            <translation>Yuan, e.g. 120000</translation>
        </message>
        <message>
            <source>Yearly amount</source>
            <translation>Yearly amount</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>Distribution</translation>
        </message>
        <message>
            <source>{method} → run-rate (no prior year)</source>
            <translation>{method} → run-rate (no prior year)</translation>
        </message>
        <message>
            <source>The month's variance: {amount} ({share})</source>
            <translation>The month's variance: {amount} ({share})</translation>
        </message>
        <message>
            <source>Against the current budget</source>
            <translation>Against the current budget</translation>
        </message>
        <message>
            <source>Against the original budget</source>
            <translation>Against the original budget</translation>
        </message>
        <message>
            <source>Raise corrective action…</source>
            <translation>Raise corrective action…</translation>
        </message>
        <message>
            <source>Save chart as PNG…</source>
            <translation>Save chart as PNG…</translation>
        </message>
        <message>
            <source>Up to the end of</source>
            <translation>Up to the end of</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{year} has no budget yet: enter it on the Budget tab or import it.</source>
            <translation>{year} has no budget yet: enter it on the Budget tab or import it.</translation>
        </message>
        <message>
            <source>original budget</source>
            <translation>original budget</translation>
        </message>
        <message>
            <source>revision {n} of {day}</source>
            <translation>revision {n} of {day}</translation>
        </message>
        <message>
            <source>Used {used} of the year's budget of {budget} ({version}) with {elapsed} of the year elapsed.</source>
            <translation>Used {used} of the year's budget of {budget} ({version}) with {elapsed} of the year elapsed.</translation>
        </message>
        <message>
            <source>{method}, by run-rate for want of a prior year</source>
            <translation>{method}, by run-rate for want of a prior year</translation>
        </message>
        <message>
            <source>Year-end forecast {value} ({method}, from the months to {last}): {variance} against the budget.</source>
            <translation>Year-end forecast {value} ({method}, from the months to {last}): {variance} against the budget.</translation>
        </message>
    </context>
    <context>
        <name>Check</name>
        <message>
            <source>{db} holds no BranchOps schema: it is empty or was never set up.</source>
            <translation>{db} holds no BranchOps schema: it is empty or was never set up.</translation>
        </message>
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
        <message>
            <source>The audit log has {entries} entries, but {source} recorded {recorded}: the newest entries have been deleted.</source>
            <translation>The audit log has {entries} entries, but {source} recorded {recorded}: the newest entries have been deleted.</translation>
        </message>
        <message>
            <source>Audit log entry {recorded} is not the one {source} recorded: the log has been rewritten.</source>
            <translation>Audit log entry {recorded} is not the one {source} recorded: the log has been rewritten.</translation>
        </message>
        <message>
            <source>The audit chain head in {source} is not signed with this branch's HQ key; it was not written by BranchOps with this key and is ignored.</source>
            <translation>The audit chain head in {source} is not signed with this branch's HQ key; it was not written by BranchOps with this key and is ignored.</translation>
        </message>
        <message>
            <source>Table {table} of schema {revision} is missing.</source>
            <translation>Table {table} of schema {revision} is missing.</translation>
        </message>
        <message>
            <source>Table {table} does not belong to schema {revision} (an interrupted upgrade?).</source>
            <translation>Table {table} does not belong to schema {revision} (an interrupted upgrade?).</translation>
        </message>
        <message>
            <source>Table {table} lacks the column {column} of schema {revision}.</source>
            <translation>Table {table} lacks the column {column} of schema {revision}.</translation>
        </message>
        <message>
            <source>Table {table} has a column {column} that schema {revision} does not have.</source>
            <translation>Table {table} has a column {column} that schema {revision} does not have.</translation>
        </message>
        <message>
            <source>Table {table} lacks the index {index} of schema {revision}.</source>
            <translation>Table {table} lacks the index {index} of schema {revision}.</translation>
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
            <source>{path} is empty (0 bytes): it holds no BranchOps data. Choose the .sqlite3 file that BranchOps created, or restore a backup into it.</source>
            <translation>{path} is empty (0 bytes): it holds no BranchOps data. Choose the .sqlite3 file that BranchOps created, or restore a backup into it.</translation>
        </message>
        <message>
            <source>No problems found: schema, integrity, foreign keys and audit log are sound.</source>
            <translation>No problems found: schema, integrity, foreign keys and audit log are sound.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} does not exist.</translation>
        </message>
        <message>
            <source>{path} records no audit chain head: name a monthly HQ workbook, a backup or its manifest.</source>
            <translation>{path} records no audit chain head: name a monthly HQ workbook, a backup or its manifest.</translation>
        </message>
        <message>
            <source>The database {path} does not exist.</source>
            <translation>The database {path} does not exist.</translation>
        </message>
        <message>
            <source>Sign-in is on for this database: name who acts with --user NAME (the password is read from {env}, or asked).</source>
            <translation>Sign-in is on for this database: name who acts with --user NAME (the password is read from {env}, or asked).</translation>
        </message>
        <message>
            <source>No password for {user}: set {env}, or run the command in a terminal.</source>
            <translation>No password for {user}: set {env}, or run the command in a terminal.</translation>
        </message>
        <message>
            <source>Password for {user}: </source>
            <translation>Password for {user}: </translation>
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
            <source>Day of month</source>
            <translation>Day of month</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Until</translation>
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
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Recommend</source>
            <translation>Recommend</translation>
        </message>
        <message>
            <source>What was said</source>
            <translation>What was said</translation>
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
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>How the days are worked out</source>
            <translation>How the days are worked out</translation>
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
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <source>Overridden</source>
            <translation>Overridden</translation>
        </message>
        <message>
            <source>Attachment</source>
            <translation>Attachment</translation>
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
            <source>Carried over</source>
            <translation>Carried over</translation>
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
            <source>Area</source>
            <translation>Area</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
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
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Treatment</translation>
        </message>
        <message>
            <source>Drill scenario</source>
            <translation>Drill scenario</translation>
        </message>
        <message>
            <source>Drill overdue</source>
            <translation>Drill overdue</translation>
        </message>
        <message>
            <source>Emergency plan</source>
            <translation>Emergency plan</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Drill lead</source>
            <translation>Drill lead</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Targets met</source>
            <translation>Targets met</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>Satisfaction rate</translation>
        </message>
        <message>
            <source>Mean rating</source>
            <translation>Mean rating</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>M or U</source>
            <translation>M or U</translation>
        </message>
        <message>
            <source>Issues</source>
            <translation>Issues</translation>
        </message>
        <message>
            <source>Required every</source>
            <translation>Required every</translation>
        </message>
        <message>
            <source>Required this year</source>
            <translation>Required this year</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Last drill</source>
            <translation>Last drill</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>Next planned</source>
            <translation>Next planned</translation>
        </message>
        <message>
            <source>Drill required every</source>
            <translation>Drill required every</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
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
            <source>Over the year's budget</source>
            <translation>Over the year's budget</translation>
        </message>
        <message>
            <source>Over the month's budget</source>
            <translation>Over the month's budget</translation>
        </message>
        <message>
            <source>Warn from</source>
            <translation>Warn from</translation>
        </message>
        <message>
            <source>Carry forward</source>
            <translation>Carry forward</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Every month</translation>
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
            <source>First employment</source>
            <translation>First employment</translation>
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
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>After the import</translation>
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
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Counts for</source>
            <translation>Counts for</translation>
        </message>
        <message>
            <source>Grants skill</source>
            <translation>Grants skill</translation>
        </message>
        <message>
            <source>Scan</source>
            <translation>Scan</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Valid for</source>
            <translation>Valid for</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Pass mark</source>
            <translation>Pass mark</translation>
        </message>
        <message>
            <source>Required for</source>
            <translation>Required for</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Complaint no.</source>
            <translation>Complaint no.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Escalation</source>
            <translation>Escalation</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Course or certificate</source>
            <translation>Course or certificate</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Comes from</source>
            <translation>Comes from</translation>
        </message>
        <message>
            <source>Held today</source>
            <translation>Held today</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Drills timed</source>
            <translation>Drills timed</translation>
        </message>
        <message>
            <source>First</source>
            <translation>First</translation>
        </message>
        <message>
            <source>Latest</source>
            <translation>Latest</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>Of target</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Month budget</source>
            <translation>Month budget</translation>
        </message>
        <message>
            <source>Month actual</source>
            <translation>Month actual</translation>
        </message>
        <message>
            <source>YTD budget</source>
            <translation>YTD budget</translation>
        </message>
        <message>
            <source>YTD actual</source>
            <translation>YTD actual</translation>
        </message>
        <message>
            <source>Variance</source>
            <translation>Variance</translation>
        </message>
        <message>
            <source>Variance %</source>
            <translation>Variance %</translation>
        </message>
        <message>
            <source>Year's budget</source>
            <translation>Year's budget</translation>
        </message>
        <message>
            <source>Used</source>
            <translation>Used</translation>
        </message>
        <message>
            <source>Forecast</source>
            <translation>Forecast</translation>
        </message>
        <message>
            <source>Forecast variance</source>
            <translation>Forecast variance</translation>
        </message>
        <message>
            <source>Run-rate</source>
            <translation>Run-rate</translation>
        </message>
        <message>
            <source>Ratio to date</source>
            <translation>Ratio to date</translation>
        </message>
        <message>
            <source>Seasonal index</source>
            <translation>Seasonal index</translation>
        </message>
        <message>
            <source>Headline figure from</source>
            <translation>Headline figure from</translation>
        </message>
        <message>
            <source>Reviewed</source>
            <translation>Reviewed</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>Inherent</source>
            <translation>Inherent</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>Residual</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Deadline and outcome</source>
            <translation>Deadline and outcome</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>Corrective actions</translation>
        </message>
        <message>
            <source>Edit record…</source>
            <translation>Edit record…</translation>
        </message>
        <message>
            <source>Raise corrective action…</source>
            <translation>Raise corrective action…</translation>
        </message>
        <message>
            <source>Complaint {reference}</source>
            <translation>Complaint {reference}</translation>
        </message>
        <message>
            <source> · forwarded by the regulator</source>
            <translation> · forwarded by the regulator</translation>
        </message>
        <message>
            <source>clock paused</source>
            <translation>clock paused</translation>
        </message>
        <message>
            <source>{n} days left</source>
            <translation>{n} days left</translation>
        </message>
        <message>
            <source>{n} days late</source>
            <translation>{n} days late</translation>
        </message>
        <message>
            <source>working days of the branch calendar</source>
            <translation>working days of the branch calendar</translation>
        </message>
        <message>
            <source>calendar days</source>
            <translation>calendar days</translation>
        </message>
        <message>
            <source>{days} {basis}</source>
            <translation>{days} {basis}</translation>
        </message>
        <message>
            <source> (extended {count}×)</source>
            <translation> (extended {count}×)</translation>
        </message>
        <message>
            <source> (restarted {count}×)</source>
            <translation> (restarted {count}×)</translation>
        </message>
        <message>
            <source>asked {asked}, due {due}</source>
            <translation>asked {asked}, due {due}</translation>
        </message>
        <message>
            <source>, done {done}: {outcome}</source>
            <translation>, done {done}: {outcome}</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Staff concerned</source>
            <translation>Staff concerned</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Time left</source>
            <translation>Time left</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>Allowed</translation>
        </message>
        <message>
            <source>Clock started</source>
            <translation>Clock started</translation>
        </message>
        <message>
            <source>Clock paused</source>
            <translation>Clock paused</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Root cause</translation>
        </message>
        <message>
            <source>Customer satisfied</source>
            <translation>Customer satisfied</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Review</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Acknowledge</translation>
        </message>
        <message>
            <source>Investigate</source>
            <translation>Investigate</translation>
        </message>
        <message>
            <source>Pause clock…</source>
            <translation>Pause clock…</translation>
        </message>
        <message>
            <source>Days spent waiting for the customer or for an outside appraisal do not count.</source>
            <translation>Days spent waiting for the customer or for an outside appraisal do not count.</translation>
        </message>
        <message>
            <source>Resume clock…</source>
            <translation>Resume clock…</translation>
        </message>
        <message>
            <source>Extend…</source>
            <translation>Extend…</translation>
        </message>
        <message>
            <source>Resolve…</source>
            <translation>Resolve…</translation>
        </message>
        <message>
            <source>Close…</source>
            <translation>Close…</translation>
        </message>
        <message>
            <source>A customer who is not satisfied reopens the complaint instead.</source>
            <translation>A customer who is not satisfied reopens the complaint instead.</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <source>Restart clock…</source>
            <translation>Restart clock…</translation>
        </message>
        <message>
            <source>A repeat complaint with new facts starts a new clock from this day.</source>
            <translation>A repeat complaint with new facts starts a new clock from this day.</translation>
        </message>
        <message>
            <source>Review requested…</source>
            <translation>Review requested…</translation>
        </message>
        <message>
            <source>The customer disagrees and asks the higher branch for a review (核查); the review has its own deadline.</source>
            <translation>The customer disagrees and asks the higher branch for a review (核查); the review has its own deadline.</translation>
        </message>
        <message>
            <source>Review done…</source>
            <translation>Review done…</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Add note…</translation>
        </message>
    </context>
    <context>
        <name>ComplaintRules</name>
        <message>
            <source>Complaint deadline rules</source>
            <translation>Complaint deadline rules</translation>
        </message>
        <message>
            <source>Defaults from 银行业保险业消费投诉处理管理办法 (2020): decide within 15 days, extend once to 30 days with a reason, and by another 30 days only with the approval of the higher branch or HQ, the customer told. Whether days are working or calendar days is not settled by the text; working days of the branch calendar are the default. New rules apply to complaints received from now on.</source>
            <translation>Defaults from 银行业保险业消费投诉处理管理办法 (2020): decide within 15 days, extend once to 30 days with a reason, and by another 30 days only with the approval of the higher branch or HQ, the customer told. Whether days are working or calendar days is not settled by the text; working days of the branch calendar are the default. New rules apply to complaints received from now on.</translation>
        </message>
        <message>
            <source>Count working days of the branch calendar</source>
            <translation>Count working days of the branch calendar</translation>
        </message>
        <message>
            <source>Days to decide: {severity}</source>
            <translation>Days to decide: {severity}</translation>
        </message>
        <message>
            <source>First extension brings it to (days)</source>
            <translation>First extension brings it to (days)</translation>
        </message>
        <message>
            <source>Second extension adds (days)</source>
            <translation>Second extension adds (days)</translation>
        </message>
        <message>
            <source>Review may be asked for within (days)</source>
            <translation>Review may be asked for within (days)</translation>
        </message>
        <message>
            <source>Days to complete a review</source>
            <translation>Days to complete a review</translation>
        </message>
        <message>
            <source>Escalate when the deadline is within (days)</source>
            <translation>Escalate when the deadline is within (days)</translation>
        </message>
    </context>
    <context>
        <name>ComplaintSteps</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>New facts</source>
            <translation>New facts</translation>
        </message>
        <message>
            <source>Decision told to the customer</source>
            <translation>Decision told to the customer</translation>
        </message>
        <message>
            <source>Outcome of the review</source>
            <translation>Outcome of the review</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Root cause</translation>
        </message>
        <message>
            <source>Root cause in words</source>
            <translation>Root cause in words</translation>
        </message>
        <message>
            <source>Customer satisfied with the outcome?</source>
            <translation>Customer satisfied with the outcome?</translation>
        </message>
        <message>
            <source>Waiting for</source>
            <translation>Waiting for</translation>
        </message>
        <message>
            <source>Approved by (higher branch or HQ)</source>
            <translation>Approved by (higher branch or HQ)</translation>
        </message>
        <message>
            <source>The customer was told</source>
            <translation>The customer was told</translation>
        </message>
    </context>
    <context>
        <name>Concurrency</name>
        <message>
            <source>This record was changed by {user} at {time}; reopen it and save again.</source>
            <translation>This record was changed by {user} at {time}; reopen it and save again.</translation>
        </message>
        <message>
            <source>This record was changed by someone else meanwhile; reopen it and save again.</source>
            <translation>This record was changed by someone else meanwhile; reopen it and save again.</translation>
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
            <source>No workbook could be merged ({rejected} rejected): nothing was written and no database was changed.</source>
            <translation>No workbook could be merged ({rejected} rejected): nothing was written and no database was changed.</translation>
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
            <source>What was verified</source>
            <translation>What was verified</translation>
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
            <source>Signed with the branch's key: data sheet and visible figures</source>
            <translation>Signed with the branch's key: data sheet and visible figures</translation>
        </message>
        <message>
            <source>Signed with the branch's key: data sheet only</source>
            <translation>Signed with the branch's key: data sheet only</translation>
        </message>
        <message>
            <source>Unsigned SHA-256: data sheet and visible figures, against accidental changes only</source>
            <translation>Unsigned SHA-256: data sheet and visible figures, against accidental changes only</translation>
        </message>
        <message>
            <source>Unsigned SHA-256: data sheet only, against accidental changes only</source>
            <translation>Unsigned SHA-256: data sheet only, against accidental changes only</translation>
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
            <source>A figure on a visible sheet was changed after export (the sheets no longer match the data sheet's figures digest); ask the branch for a new export.</source>
            <translation>A figure on a visible sheet was changed after export (the sheets no longer match the data sheet's figures digest); ask the branch for a new export.</translation>
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
            <source>The data sheet was made by a newer BranchOps (schema version {version}; this BranchOps reads {known}): update BranchOps at HQ, then consolidate again.</source>
            <translation>The data sheet was made by a newer BranchOps (schema version {version}; this BranchOps reads {known}): update BranchOps at HQ, then consolidate again.</translation>
        </message>
        <message>
            <source>Unknown data-sheet schema version {version} (this BranchOps reads {known}); update BranchOps at HQ.</source>
            <translation>Unknown data-sheet schema version {version} (this BranchOps reads {known}); update BranchOps at HQ.</translation>
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
            <source>No workbook could be merged ({rejected} rejected, reasons below): nothing was written and no database was changed.</source>
            <translation>No workbook could be merged ({rejected} rejected, reasons below): nothing was written and no database was changed.</translation>
        </message>
        <message>
            <source>{merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing. Written to {path}.</source>
            <translation>{merged} branches merged for {period}, {rejected} files rejected, {missing} branches missing. Written to {path}.</translation>
        </message>
        <message>
            <source>Missing: {codes}</source>
            <translation>Missing: {codes}</translation>
        </message>
        <message>
            <source>What is checked: each data sheet's checksum covers its KPI values and details and, through the figures digest, every value on the visible sheets. Without an HQ key the checksum is a plain SHA-256: it shows accidental changes, but anyone who edits a file can recompute it. Issue each branch an HQ signing key (its Settings, branch profile) and list the keys here: a file signed with the key (HMAC-SHA256) cannot be altered unnoticed by anyone who does not have the key.</source>
            <translation>What is checked: each data sheet's checksum covers its KPI values and details and, through the figures digest, every value on the visible sheets. Without an HQ key the checksum is a plain SHA-256: it shows accidental changes, but anyone who edits a file can recompute it. Issue each branch an HQ signing key (its Settings, branch profile) and list the keys here: a file signed with the key (HMAC-SHA256) cannot be altered unnoticed by anyone who does not have the key.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Overdue corrective actions, last 12 months</source>
            <translation>Overdue corrective actions, last 12 months</translation>
        </message>
        <message>
            <source>No figures for these months yet.</source>
            <translation>No figures for these months yet.</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Average inspection score, last 12 months</source>
            <translation>Average inspection score, last 12 months</translation>
        </message>
        <message>
            <source>Enter the branch profile and KPI targets in Settings.</source>
            <translation>Enter the branch profile and KPI targets in Settings.</translation>
        </message>
        <message>
            <source>Add your staff on the Staff page (or import them from Excel).</source>
            <translation>Add your staff on the Staff page (or import them from Excel).</translation>
        </message>
        <message>
            <source>Load a built-in checklist on the Quality checks page.</source>
            <translation>Load a built-in checklist on the Quality checks page.</translation>
        </message>
        <message>
            <source>Quality</source>
            <translation>Quality</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Staff</source>
            <translation>Staff</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Risk and drills</source>
            <translation>Risk and drills</translation>
        </message>
        <message>
            <source>HQ report</source>
            <translation>HQ report</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Save chart as PNG…</source>
            <translation>Save chart as PNG…</translation>
        </message>
        <message>
            <source>Drawing the chart…</source>
            <translation>Drawing the chart…</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Month:</source>
            <translation>Month:</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Recompute from the database (F5)</source>
            <translation>Recompute from the database (F5)</translation>
        </message>
        <message>
            <source>Agenda: today and this week</source>
            <translation>Agenda: today and this week</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <source>To get started:</source>
            <translation>To get started:</translation>
        </message>
        <message>
            <source>Part of the dashboard could not be computed ({what}); see the log.</source>
            <translation>Part of the dashboard could not be computed ({what}); see the log.</translation>
        </message>
        <message>
            <source>{n} h</source>
            <translation>{n} h</translation>
        </message>
        <message>
            <source>No target</source>
            <translation>No target</translation>
        </message>
        <message>
            <source>Target {target}</source>
            <translation>Target {target}</translation>
        </message>
        <message>
            <source>Prev. {previous} · Last yr {year}</source>
            <translation>Prev. {previous} · Last yr {year}</translation>
        </message>
        <message>
            <source>No target — set one in Settings.</source>
            <translation>No target — set one in Settings.</translation>
        </message>
        <message>
            <source>Click to open the list.</source>
            <translation>Click to open the list.</translation>
        </message>
        <message>
            <source>Budget burn-up against plan</source>
            <translation>Budget burn-up against plan</translation>
        </message>
        <message>
            <source>CSAT and NPS, last 12 months</source>
            <translation>CSAT and NPS, last 12 months</translation>
        </message>
        <message>
            <source>Complaints, last 12 months</source>
            <translation>Complaints, last 12 months</translation>
        </message>
        <message>
            <source>Risk heat map (open risks, residual)</source>
            <translation>Risk heat map (open risks, residual)</translation>
        </message>
        <message>
            <source>Training compliance by course</source>
            <translation>Training compliance by course</translation>
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
            <source>Cannot reach the database server of {target}. Check the network and that the server is running.</source>
            <translation>Cannot reach the database server of {target}. Check the network and that the server is running.</translation>
        </message>
        <message>
            <source>Cannot connect to the database {target}: {reason}</source>
            <translation>Cannot connect to the database {target}: {reason}</translation>
        </message>
        <message>
            <source>Cannot reach the database server of {target}. Check the network and that the server is running. Nothing was saved; what you entered is kept, save again when the server is back.</source>
            <translation>Cannot reach the database server of {target}. Check the network and that the server is running. Nothing was saved; what you entered is kept, save again when the server is back.</translation>
        </message>
        <message>
            <source>the user name or password is wrong</source>
            <translation>the user name or password is wrong</translation>
        </message>
        <message>
            <source>the server has no database of that name</source>
            <translation>the server has no database of that name</translation>
        </message>
        <message>
            <source>the server has no user of that name</source>
            <translation>the server has no user of that name</translation>
        </message>
        <message>
            <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
            <translation>The disk is full while writing {path}. Free some space and try again; nothing was changed.</translation>
        </message>
        <message>
            <source>The upgrade of {target} from schema {revision} could not be completed ({reason}); the database was left as it was.</source>
            <translation>The upgrade of {target} from schema {revision} could not be completed ({reason}); the database was left as it was.</translation>
        </message>
        <message>
            <source>The upgrade of {target} from schema {revision} could not be completed ({reason}); the database was left as it was, and the copy kept before the upgrade is {copy}.</source>
            <translation>The upgrade of {target} from schema {revision} could not be completed ({reason}); the database was left as it was, and the copy kept before the upgrade is {copy}.</translation>
        </message>
        <message>
            <source>The copy to {path} failed: {reason}. Nothing was changed.</source>
            <translation>The copy to {path} failed: {reason}. Nothing was changed.</translation>
        </message>
        <message>
            <source>The database {target} is busy: another program has kept it locked for more than {seconds} seconds. Try again when it has finished; this change was not saved.</source>
            <translation>The database {target} is busy: another program has kept it locked for more than {seconds} seconds. Try again when it has finished; this change was not saved.</translation>
        </message>
        <message>
            <source>BranchOps is open on {target} (the desktop app, or another command that writes); close it first, or wait until it has finished. Nothing was changed.</source>
            <translation>BranchOps is open on {target} (the desktop app, or another command that writes); close it first, or wait until it has finished. Nothing was changed.</translation>
        </message>
        <message>
            <source>The database {target} reported an error: {reason}. This change was not saved.</source>
            <translation>The database {target} reported an error: {reason}. This change was not saved.</translation>
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
        <name>Drill</name>
        <message>
            <source>The chosen drill lead does not exist.</source>
            <translation>The chosen drill lead does not exist.</translation>
        </message>
        <message>
            <source>A person is listed twice.</source>
            <translation>A person is listed twice.</translation>
        </message>
        <message>
            <source>A participant no longer exists.</source>
            <translation>A participant no longer exists.</translation>
        </message>
        <message>
            <source>A step time is for a step not in this plan.</source>
            <translation>A step time is for a step not in this plan.</translation>
        </message>
        <message>
            <source>Step {n}: a time cannot be below zero.</source>
            <translation>Step {n}: a time cannot be below zero.</translation>
        </message>
        <message>
            <source>Step {n}: the time must be under a day.</source>
            <translation>Step {n}: the time must be under a day.</translation>
        </message>
        <message>
            <source>The duration must be zero or more and under a day.</source>
            <translation>The duration must be zero or more and under a day.</translation>
        </message>
        <message>
            <source>The drill lasted {duration} but its steps add up to {steps}: correct the duration or the step times.</source>
            <translation>The drill lasted {duration} but its steps add up to {steps}: correct the duration or the step times.</translation>
        </message>
        <message>
            <source>Say on which day the drill was held.</source>
            <translation>Say on which day the drill was held.</translation>
        </message>
        <message>
            <source>A drill dated after today cannot be recorded as done: plan it instead, and record it on the day.</source>
            <translation>A drill dated after today cannot be recorded as done: plan it instead, and record it on the day.</translation>
        </message>
        <message>
            <source>A rating is for an objective not in this plan.</source>
            <translation>A rating is for an objective not in this plan.</translation>
        </message>
        <message>
            <source>A linked risk no longer exists.</source>
            <translation>A linked risk no longer exists.</translation>
        </message>
        <message>
            <source>This drill no longer exists.</source>
            <translation>This drill no longer exists.</translation>
        </message>
        <message>
            <source>Choose the emergency plan that was drilled.</source>
            <translation>Choose the emergency plan that was drilled.</translation>
        </message>
        <message>
            <source>The chosen emergency plan does not exist.</source>
            <translation>The chosen emergency plan does not exist.</translation>
        </message>
        <message>
            <source>Choose the day of the drill.</source>
            <translation>Choose the day of the drill.</translation>
        </message>
        <message>
            <source>Plan a drill for today or later; a past drill is recorded.</source>
            <translation>Plan a drill for today or later; a past drill is recorded.</translation>
        </message>
        <message>
            <source>Not possible while the drill is {status}.</source>
            <translation>Not possible while the drill is {status}.</translation>
        </message>
        <message>
            <source>A recorded drill stays with the plan it was run on.</source>
            <translation>A recorded drill stays with the plan it was run on.</translation>
        </message>
        <message>
            <source>{plan} drill of {date}: {what}</source>
            <translation>{plan} drill of {date}: {what}</translation>
        </message>
        <message>
            <source>Record the drill before raising follow-up actions from it.</source>
            <translation>Record the drill before raising follow-up actions from it.</translation>
        </message>
        <message>
            <source>This issue is no longer on the drill.</source>
            <translation>This issue is no longer on the drill.</translation>
        </message>
        <message>
            <source>This objective is not rated on the drill.</source>
            <translation>This objective is not rated on the drill.</translation>
        </message>
        <message>
            <source>Improve: {objective}</source>
            <translation>Improve: {objective}</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>P — performed without challenges</source>
            <translation>P — performed without challenges</translation>
        </message>
        <message>
            <source>S — performed with some challenges</source>
            <translation>S — performed with some challenges</translation>
        </message>
        <message>
            <source>M — performed with major challenges</source>
            <translation>M — performed with major challenges</translation>
        </message>
        <message>
            <source>U — unable to be performed</source>
            <translation>U — unable to be performed</translation>
        </message>
        <message>
            <source>On schedule</source>
            <translation>On schedule</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
    </context>
    <context>
        <name>DrillDialog</name>
        <message>
            <source>Step times</source>
            <translation>Step times</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Issues and actions</source>
            <translation>Issues and actions</translation>
        </message>
        <message>
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Summary and risks</source>
            <translation>Summary and risks</translation>
        </message>
        <message>
            <source>Announced in advance</source>
            <translation>Announced in advance</translation>
        </message>
        <message>
            <source>e.g. 12:30</source>
            <translation>e.g. 12:30</translation>
        </message>
        <message>
            <source>What was simulated, e.g. smoke in the cash room</source>
            <translation>What was simulated, e.g. smoke in the cash room</translation>
        </message>
        <message>
            <source>Emergency plan</source>
            <translation>Emergency plan</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Held on</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Drill lead</source>
            <translation>Drill lead</translation>
        </message>
        <message>
            <source>Save as done</source>
            <translation>Save as done</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>version {n}</source>
            <translation>version {n}</translation>
        </message>
        <message>
            <source>Drill record {id}</source>
            <translation>Drill record {id}</translation>
        </message>
        <message>
            <source>Record a drill</source>
            <translation>Record a drill</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Type the duration as 12:30.</source>
            <translation>Type the duration as 12:30.</translation>
        </message>
        <message>
            <source>Type the start time as 16:30.</source>
            <translation>Type the start time as 16:30.</translation>
        </message>
        <message>
            <source>Save the drill first, then raise its follow-up actions.</source>
            <translation>Save the drill first, then raise its follow-up actions.</translation>
        </message>
        <message>
            <source>Close without saving the changes?</source>
            <translation>Close without saving the changes?</translation>
        </message>
        <message>
            <source>Type the time each step took, e.g. 2:45.</source>
            <translation>Type the time each step took, e.g. 2:45.</translation>
        </message>
        <message>
            <source>Steps add up to {total}; {met} of {timed} timed targets met.</source>
            <translation>Steps add up to {total}; {met} of {timed} timed targets met.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add everyone</source>
            <translation>Add everyone</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>{present} present, {absent} absent</source>
            <translation>{present} present, {absent} absent</translation>
        </message>
        <message>
            <source>Raise a corrective action…</source>
            <translation>Raise a corrective action…</translation>
        </message>
        <message>
            <source>Rate each objective: P without challenges, S with some, M with major challenges, U unable to be performed.</source>
            <translation>Rate each objective: P without challenges, S with some, M with major challenges, U unable to be performed.</translation>
        </message>
        <message>
            <source>Add an issue</source>
            <translation>Add an issue</translation>
        </message>
        <message>
            <source>Follow-up corrective actions</source>
            <translation>Follow-up corrective actions</translation>
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
            <source>Link</source>
            <translation>Link</translation>
        </message>
        <message>
            <source>Unlink</source>
            <translation>Unlink</translation>
        </message>
        <message>
            <source>After-action summary</source>
            <translation>After-action summary</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Strengths</translation>
        </message>
        <message>
            <source>Areas for improvement</source>
            <translation>Areas for improvement</translation>
        </message>
        <message>
            <source>Linked risks</source>
            <translation>Linked risks</translation>
        </message>
        <message>
            <source>Save the after-action report</source>
            <translation>Save the after-action report</translation>
        </message>
        <message>
            <source>Print the after-action report</source>
            <translation>Print the after-action report</translation>
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
            <source>Not rated</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>Plan a drill</source>
            <translation>Plan a drill</translation>
        </message>
        <message>
            <source>Move a planned drill</source>
            <translation>Move a planned drill</translation>
        </message>
        <message>
            <source>Planned for</source>
            <translation>Planned for</translation>
        </message>
    </context>
    <context>
        <name>DrillReport</name>
        <message>
            <source>{plan} (version {n})</source>
            <translation>{plan} (version {n})</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>Branch</translation>
        </message>
        <message>
            <source>Emergency plan</source>
            <translation>Emergency plan</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <source>Unannounced</source>
            <translation>Unannounced</translation>
        </message>
        <message>
            <source>Drill lead</source>
            <translation>Drill lead</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>{present} present, {absent} absent</source>
            <translation>{present} present, {absent} absent</translation>
        </message>
        <message>
            <source>Scenario</source>
            <translation>Scenario</translation>
        </message>
        <message>
            <source>Not rated</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>Met</translation>
        </message>
        <message>
            <source>Over target</source>
            <translation>Over target</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Time taken</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Elapsed</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>No corrective action raised.</source>
            <translation>No corrective action raised.</translation>
        </message>
        <message>
            <source>Issue</source>
            <translation>Issue</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Corrective action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>After-action report: {plan}</source>
            <translation>After-action report: {plan}</translation>
        </message>
        <message>
            <source>Objectives and ratings</source>
            <translation>Objectives and ratings</translation>
        </message>
        <message>
            <source>Timeline of steps</source>
            <translation>Timeline of steps</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Strengths</translation>
        </message>
        <message>
            <source>Areas for improvement</source>
            <translation>Areas for improvement</translation>
        </message>
        <message>
            <source>Issues found</source>
            <translation>Issues found</translation>
        </message>
        <message>
            <source>Improvement plan</source>
            <translation>Improvement plan</translation>
        </message>
        <message>
            <source>Linked risks</source>
            <translation>Linked risks</translation>
        </message>
        <message>
            <source>{code} {title} (residual score {score})</source>
            <translation>{code} {title} (residual score {score})</translation>
        </message>
        <message>
            <source>After-action summary</source>
            <translation>After-action summary</translation>
        </message>
        <message>
            <source>{n} photos are kept with the drill record.</source>
            <translation>{n} photos are kept with the drill record.</translation>
        </message>
        <message>
            <source>Drill lead's signature:</source>
            <translation>Drill lead's signature:</translation>
        </message>
        <message>
            <source>Branch manager's signature:</source>
            <translation>Branch manager's signature:</translation>
        </message>
        <message>
            <source>{name} ({extra})</source>
            <translation>{name} ({extra})</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Present:</source>
            <translation>Present:</translation>
        </message>
        <message>
            <source>Absent:</source>
            <translation>Absent:</translation>
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
            <source>The database could not be used</source>
            <translation>The database could not be used</translation>
        </message>
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
        <name>Feedback</name>
        <message>
            <source>Complaint {reference} of {date}: {summary}</source>
            <translation>Complaint {reference} of {date}: {summary}</translation>
        </message>
        <message>
            <source>Corrective action {id}: {title}</source>
            <translation>Corrective action {id}: {title}</translation>
        </message>
        <message>
            <source>Complaint {reference}: decide by the deadline — {summary}</source>
            <translation>Complaint {reference}: decide by the deadline — {summary}</translation>
        </message>
        <message>
            <source>[Regulator] {title}</source>
            <translation>[Regulator] {title}</translation>
        </message>
        <message>
            <source>Review of complaint {reference} due</source>
            <translation>Review of complaint {reference} due</translation>
        </message>
        <message>
            <source>File {name} was not found.</source>
            <translation>File {name} was not found.</translation>
        </message>
        <message>
            <source>File {name} is larger than {limit} MB.</source>
            <translation>File {name} is larger than {limit} MB.</translation>
        </message>
        <message>
            <source>File {name} cannot be read: {reason}</source>
            <translation>File {name} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>This feedback record no longer exists.</source>
            <translation>This feedback record no longer exists.</translation>
        </message>
        <message>
            <source>This attachment no longer exists.</source>
            <translation>This attachment no longer exists.</translation>
        </message>
        <message>
            <source>This complaint no longer exists.</source>
            <translation>This complaint no longer exists.</translation>
        </message>
        <message>
            <source>On time</source>
            <translation>On time</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Clock paused</source>
            <translation>Clock paused</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>At the counter</source>
            <translation>At the counter</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Comment book</source>
            <translation>Comment book</translation>
        </message>
        <message>
            <source>Survey</source>
            <translation>Survey</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Forwarded by the regulator</source>
            <translation>Forwarded by the regulator</translation>
        </message>
        <message>
            <source>Evaluation device</source>
            <translation>Evaluation device</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Praise</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Inquiry</source>
            <translation>Inquiry</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Service attitude</source>
            <translation>Service attitude</translation>
        </message>
        <message>
            <source>Waiting time</source>
            <translation>Waiting time</translation>
        </message>
        <message>
            <source>Business process</source>
            <translation>Business process</translation>
        </message>
        <message>
            <source>Environment and facilities</source>
            <translation>Environment and facilities</translation>
        </message>
        <message>
            <source>Products</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Fees</source>
            <translation>Fees</translation>
        </message>
        <message>
            <source>System failure</source>
            <translation>System failure</translation>
        </message>
        <message>
            <source>3-level scale</source>
            <translation>3-level scale</translation>
        </message>
        <message>
            <source>5-level scale</source>
            <translation>5-level scale</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>Serious</translation>
        </message>
        <message>
            <source>Major</source>
            <translation>Major</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Acknowledged</source>
            <translation>Acknowledged</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>Investigating</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Staff conduct</source>
            <translation>Staff conduct</translation>
        </message>
        <message>
            <source>Process or rules</source>
            <translation>Process or rules</translation>
        </message>
        <message>
            <source>System or equipment failure</source>
            <translation>System or equipment failure</translation>
        </message>
        <message>
            <source>Product design</source>
            <translation>Product design</translation>
        </message>
        <message>
            <source>Fee policy</source>
            <translation>Fee policy</translation>
        </message>
        <message>
            <source>Too few staff or counters</source>
            <translation>Too few staff or counters</translation>
        </message>
        <message>
            <source>Explanation or misunderstanding</source>
            <translation>Explanation or misunderstanding</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Satisfied</source>
            <translation>Satisfied</translation>
        </message>
        <message>
            <source>Not satisfied</source>
            <translation>Not satisfied</translation>
        </message>
        <message>
            <source>Waiting for the customer</source>
            <translation>Waiting for the customer</translation>
        </message>
        <message>
            <source>Outside appraisal or testing</source>
            <translation>Outside appraisal or testing</translation>
        </message>
        <message>
            <source>Investigation started</source>
            <translation>Investigation started</translation>
        </message>
        <message>
            <source>Deadline extended</source>
            <translation>Deadline extended</translation>
        </message>
        <message>
            <source>Clock resumed</source>
            <translation>Clock resumed</translation>
        </message>
        <message>
            <source>Clock restarted (new facts)</source>
            <translation>Clock restarted (new facts)</translation>
        </message>
        <message>
            <source>Review requested</source>
            <translation>Review requested</translation>
        </message>
        <message>
            <source>Review done</source>
            <translation>Review done</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>Status note</translation>
        </message>
        <message>
            <source>Corrective action raised</source>
            <translation>Corrective action raised</translation>
        </message>
        <message>
            <source>Give a number of days from {low} to {high}.</source>
            <translation>Give a number of days from {low} to {high}.</translation>
        </message>
        <message>
            <source>An extension cannot allow fewer days ({days}) than the decision itself ({base}).</source>
            <translation>An extension cannot allow fewer days ({days}) than the decision itself ({base}).</translation>
        </message>
        <message>
            <source>The rating is on a scale of 1 to 5; {value} is not.</source>
            <translation>The rating is on a scale of 1 to 5; {value} is not.</translation>
        </message>
        <message>
            <source>The recommendation score is from 0 to 10; {value} is not.</source>
            <translation>The recommendation score is from 0 to 10; {value} is not.</translation>
        </message>
        <message>
            <source>Give the date and time received.</source>
            <translation>Give the date and time received.</translation>
        </message>
        <message>
            <source>The date received cannot be in the future.</source>
            <translation>The date received cannot be in the future.</translation>
        </message>
        <message>
            <source>“{phone}” is neither a mainland mobile number (11 digits starting 13–19) nor a landline (area code and number, e.g. 021-58881234).</source>
            <translation>“{phone}” is neither a mainland mobile number (11 digits starting 13–19) nor a landline (area code and number, e.g. 021-58881234).</translation>
        </message>
        <message>
            <source>The name is longer than {limit} characters.</source>
            <translation>The name is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>The description is longer than {limit} characters.</source>
            <translation>The description is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>Say what the customer complained about.</source>
            <translation>Say what the customer complained about.</translation>
        </message>
        <message>
            <source>The chosen staff member does not exist.</source>
            <translation>The chosen staff member does not exist.</translation>
        </message>
        <message>
            <source>The chosen handler does not exist.</source>
            <translation>The chosen handler does not exist.</translation>
        </message>
        <message>
            <source>The date received cannot change once work on the complaint has started.</source>
            <translation>The date received cannot change once work on the complaint has started.</translation>
        </message>
        <message>
            <source>This record is complaint {reference} with its own handling; it stays a complaint.</source>
            <translation>This record is complaint {reference} with its own handling; it stays a complaint.</translation>
        </message>
        <message>
            <source>Complaint {reference} is being handled and cannot be deleted; record the outcome instead.</source>
            <translation>Complaint {reference} is being handled and cannot be deleted; record the outcome instead.</translation>
        </message>
        <message>
            <source>Not possible while complaint {reference} is {status}.</source>
            <translation>Not possible while complaint {reference} is {status}.</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>The date cannot be in the future.</translation>
        </message>
        <message>
            <source>The date cannot be before the complaint was received ({date}).</source>
            <translation>The date cannot be before the complaint was received ({date}).</translation>
        </message>
        <message>
            <source>Say what was decided and told to the customer.</source>
            <translation>Say what was decided and told to the customer.</translation>
        </message>
        <message>
            <source>A complaint cannot close before it is resolved.</source>
            <translation>A complaint cannot close before it is resolved.</translation>
        </message>
        <message>
            <source>Choose the root cause before closing.</source>
            <translation>Choose the root cause before closing.</translation>
        </message>
        <message>
            <source>Describe the root cause before closing.</source>
            <translation>Describe the root cause before closing.</translation>
        </message>
        <message>
            <source>Record whether the customer is satisfied with the resolution.</source>
            <translation>Record whether the customer is satisfied with the resolution.</translation>
        </message>
        <message>
            <source>The customer is not satisfied.</source>
            <translation>The customer is not satisfied.</translation>
        </message>
        <message>
            <source>Say why the complaint is reopened.</source>
            <translation>Say why the complaint is reopened.</translation>
        </message>
        <message>
            <source>Complaint {reference} has had both extensions; there is no third.</source>
            <translation>Complaint {reference} has had both extensions; there is no third.</translation>
        </message>
        <message>
            <source>Give the reason for the extension.</source>
            <translation>Give the reason for the extension.</translation>
        </message>
        <message>
            <source>A second extension needs the approval of the higher branch or HQ: say who approved it.</source>
            <translation>A second extension needs the approval of the higher branch or HQ: say who approved it.</translation>
        </message>
        <message>
            <source>Tell the customer of the second extension first.</source>
            <translation>Tell the customer of the second extension first.</translation>
        </message>
        <message>
            <source>{reason} (approved by {approval}; customer told)</source>
            <translation>{reason} (approved by {approval}; customer told)</translation>
        </message>
        <message>
            <source>The clock of this complaint is already paused.</source>
            <translation>The clock of this complaint is already paused.</translation>
        </message>
        <message>
            <source>The pause cannot start before the clock did ({date}).</source>
            <translation>The pause cannot start before the clock did ({date}).</translation>
        </message>
        <message>
            <source>The clock of this complaint is not paused.</source>
            <translation>The clock of this complaint is not paused.</translation>
        </message>
        <message>
            <source>The clock cannot resume before the pause began ({date}).</source>
            <translation>The clock cannot resume before the pause began ({date}).</translation>
        </message>
        <message>
            <source>Describe the new facts that restart the clock.</source>
            <translation>Describe the new facts that restart the clock.</translation>
        </message>
        <message>
            <source>A review of this complaint was already asked for.</source>
            <translation>A review of this complaint was already asked for.</translation>
        </message>
        <message>
            <source>A review cannot be asked for before the decision ({date}).</source>
            <translation>A review cannot be asked for before the decision ({date}).</translation>
        </message>
        <message>
            <source>A review had to be asked for by {date} ({days} days after the decision).</source>
            <translation>A review had to be asked for by {date} ({days} days after the decision).</translation>
        </message>
        <message>
            <source>No review of this complaint is open.</source>
            <translation>No review of this complaint is open.</translation>
        </message>
        <message>
            <source>The review cannot end before it was asked for.</source>
            <translation>The review cannot end before it was asked for.</translation>
        </message>
        <message>
            <source>Say what the review concluded.</source>
            <translation>Say what the review concluded.</translation>
        </message>
        <message>
            <source>Write the note.</source>
            <translation>Write the note.</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>{name} (file missing)</source>
            <translation>{name} (file missing)</translation>
        </message>
        <message>
            <source>{name} (new)</source>
            <translation>{name} (new)</translation>
        </message>
        <message>
            <source>Attach files</source>
            <translation>Attach files</translation>
        </message>
        <message>
            <source>New feedback</source>
            <translation>New feedback</translation>
        </message>
        <message>
            <source>Feedback record {id}</source>
            <translation>Feedback record {id}</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Staff concerned</source>
            <translation>Staff concerned</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Mobile or landline, e.g. 021-58881234</source>
            <translation>Mobile or landline, e.g. 021-58881234</translation>
        </message>
        <message>
            <source>Customer phone</source>
            <translation>Customer phone</translation>
        </message>
        <message>
            <source>What the customer said</source>
            <translation>What the customer said</translation>
        </message>
        <message>
            <source>Rating (1–5)</source>
            <translation>Rating (1–5)</translation>
        </message>
        <message>
            <source>Would recommend (0–10)</source>
            <translation>Would recommend (0–10)</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Handled by</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <source>Date and time received</source>
            <translation>Date and time received</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <source>Save and next</source>
            <translation>Save and next</translation>
        </message>
    </context>
    <context>
        <name>FeedbackCharts</name>
        <message>
            <source>No ratings in this period.</source>
            <translation>No ratings in this period.</translation>
        </message>
        <message>
            <source>CSAT target</source>
            <translation>CSAT target</translation>
        </message>
        <message>
            <source>CSAT and NPS by month</source>
            <translation>CSAT and NPS by month</translation>
        </message>
        <message>
            <source>No complaints in this period.</source>
            <translation>No complaints in this period.</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Regulator-forwarded</source>
            <translation>Regulator-forwarded</translation>
        </message>
        <message>
            <source>Complaints by month</source>
            <translation>Complaints by month</translation>
        </message>
        <message>
            <source>CSAT and NPS, last 12 months</source>
            <translation>CSAT and NPS, last 12 months</translation>
        </message>
        <message>
            <source>Complaints, last 12 months</source>
            <translation>Complaints, last 12 months</translation>
        </message>
    </context>
    <context>
        <name>FeedbackPage</name>
        <message>
            <source>Forwarded by the regulator: high priority</source>
            <translation>Forwarded by the regulator: high priority</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Not decided yet</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Escalated only</source>
            <translation>Escalated only</translation>
        </message>
        <message>
            <source>Regulator-forwarded only</source>
            <translation>Regulator-forwarded only</translation>
        </message>
        <message>
            <source>Review open</source>
            <translation>Review open</translation>
        </message>
        <message>
            <source>New complaint…</source>
            <translation>New complaint…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Deadline rules…</source>
            <translation>Deadline rules…</translation>
        </message>
        <message>
            <source>Customer feedback</source>
            <translation>Customer feedback</translation>
        </message>
        <message>
            <source>All feedback</source>
            <translation>All feedback</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Search text, customer, phone, complaint no., staff…</source>
            <translation>Search text, customer, phone, complaint no., staff…</translation>
        </message>
        <message>
            <source>Any type</source>
            <translation>Any type</translation>
        </message>
        <message>
            <source>Any channel</source>
            <translation>Any channel</translation>
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
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Open complaint</source>
            <translation>Open complaint</translation>
        </message>
        <message>
            <source>Import survey results…</source>
            <translation>Import survey results…</translation>
        </message>
        <message>
            <source>New feedback (Ctrl+N)</source>
            <translation>New feedback (Ctrl+N)</translation>
        </message>
        <message>
            <source>Delete this {kind} of {date}?</source>
            <translation>Delete this {kind} of {date}?</translation>
        </message>
        <message>
            <source>CSAT and NPS by month</source>
            <translation>CSAT and NPS by month</translation>
        </message>
        <message>
            <source>Complaints by month</source>
            <translation>Complaints by month</translation>
        </message>
        <message>
            <source>CSAT by category</source>
            <translation>CSAT by category</translation>
        </message>
        <message>
            <source>CSAT by channel</source>
            <translation>CSAT by channel</translation>
        </message>
        <message>
            <source>Satisfaction rate per staff member</source>
            <translation>Satisfaction rate per staff member</translation>
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
            <source>Not categorised</source>
            <translation>Not categorised</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
        <message>
            <source>All months</source>
            <translation>All months</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Reload</source>
            <translation>Reload</translation>
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
            <source>… and {count} more changed fields.</source>
            <translation>… and {count} more changed fields.</translation>
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
            <source>differs from an earlier row of the same checklist, which has “{earlier}”; give it once or the same on every row.</source>
            <translation>differs from an earlier row of the same checklist, which has “{earlier}”; give it once or the same on every row.</translation>
        </message>
        <message>
            <source>a drop-down item needs its choices: fill in this column as label=score, e.g. 优秀=100、良好=80、差=0 (or choose another answer type).</source>
            <translation>a drop-down item needs its choices: fill in this column as label=score, e.g. 优秀=100、良好=80、差=0 (or choose another answer type).</translation>
        </message>
        <message>
            <source>the lowest allowed ({low:g}) is above the highest allowed ({high:g}); swap the two values.</source>
            <translation>the lowest allowed ({low:g}) is above the highest allowed ({high:g}); swap the two values.</translation>
        </message>
        <message>
            <source>the same item is already on row {row} of this section; keep one.</source>
            <translation>the same item is already on row {row} of this section; keep one.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <source>row {row}, {record}: {field} {old} → {new}</source>
            <translation>row {row}, {record}: {field} {old} → {new}</translation>
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
            <source>this employee no. is also on row {row}; keep one row per person.</source>
            <translation>this employee no. is also on row {row}; keep one row per person.</translation>
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
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>HH:MM; empty means the start of the day.</source>
            <translation>HH:MM; empty means the start of the day.</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Empty means a survey.</source>
            <translation>Empty means a survey.</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Employee no. or name of the teller rated; may be empty.</source>
            <translation>Employee no. or name of the teller rated; may be empty.</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>3 levels: 满意 / 基本满意 / 不满意; or 5 levels: 非常满意 / 满意 / 一般 / 不满意 / 非常不满意 or 1–5. One scale in the whole column.</source>
            <translation>3 levels: 满意 / 基本满意 / 不满意; or 5 levels: 非常满意 / 满意 / 一般 / 不满意 / 非常不满意 or 1–5. One scale in the whole column.</translation>
        </message>
        <message>
            <source>Recommend (0–10)</source>
            <translation>Recommend (0–10)</translation>
        </message>
        <message>
            <source>How likely to recommend us, 0 to 10 (NPS); may be empty.</source>
            <translation>How likely to recommend us, 0 to 10 (NPS); may be empty.</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Survey results</source>
            <translation>Survey results</translation>
        </message>
        <message>
            <source>One row per answer. Every row needs a satisfaction rating, a recommendation score, or both.</source>
            <translation>One row per answer. Every row needs a satisfaction rating, a recommendation score, or both.</translation>
        </message>
        <message>
            <source>How answers count for CSAT (the share of ratings 4–5): 3 levels — 满意 = 5 (counts), 基本满意 = 3, 不满意 = 1; 5 levels — 非常满意 = 5 and 满意 = 4 (count), 一般 = 3, 不满意 = 2, 非常不满意 = 1. A column with only 满意 and 不满意 is read as 3 levels.</source>
            <translation>How answers count for CSAT (the share of ratings 4–5): 3 levels — 满意 = 5 (counts), 基本满意 = 3, 不满意 = 1; 5 levels — 非常满意 = 5 and 满意 = 4 (count), 一般 = 3, 不满意 = 2, 非常不满意 = 1. A column with only 满意 and 不满意 is read as 3 levels.</translation>
        </message>
        <message>
            <source>The 0–10 recommendation score gives NPS: 9–10 promoters, 7–8 passives, 0–6 detractors; NPS = % promoters − % detractors. It does not count for CSAT.</source>
            <translation>The 0–10 recommendation score gives NPS: 9–10 promoters, 7–8 passives, 0–6 detractors; NPS = % promoters − % detractors. It does not count for CSAT.</translation>
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
            <source>Date of first employment</source>
            <translation>Date of first employment</translation>
        </message>
        <message>
            <source>When the person first started work, with any employer (annual leave counts all years of service); empty means the hire date.</source>
            <translation>When the person first started work, with any employer (annual leave counts all years of service); empty means the hire date.</translation>
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
            <source>no sheet has the template's column headings (for example “{column}”). Download the template and copy your data into it.</source>
            <translation>no sheet has the template's column headings (for example “{column}”). Download the template and copy your data into it.</translation>
        </message>
        <message>
            <source>the required column “{column}” is missing; add it to the headings.</source>
            <translation>the required column “{column}” is missing; add it to the headings.</translation>
        </message>
        <message>
            <source>the sheet {sheet} has headings, and its rows {rows} hold only spaces. Type the data under the headings (one row per record), or delete those rows.</source>
            <translation>the sheet {sheet} has headings, and its rows {rows} hold only spaces. Type the data under the headings (one row per record), or delete those rows.</translation>
        </message>
        <message>
            <source>the sheet {sheet} has the headings (row {row}) but no rows under them. Add one row per record under the headings, save, and import again.</source>
            <translation>the sheet {sheet} has the headings (row {row}) but no rows under them. Add one row per record under the headings, save, and import again.</translation>
        </message>
        <message>
            <source>{column} is required and cannot be cleared; fill it in.</source>
            <translation>{column} is required and cannot be cleared; fill it in.</translation>
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
            <source>the file cannot be read ({reason}).</source>
            <translation>the file cannot be read ({reason}).</translation>
        </message>
        <message>
            <source>the file does not exist in {folder}. Check the name and the folder, or choose the file with Browse….</source>
            <translation>the file does not exist in {folder}. Check the name and the folder, or choose the file with Browse….</translation>
        </message>
        <message>
            <source>the file is empty (0 bytes): it was not saved completely or not copied whole. Open the original in Excel or WPS, save it, and choose it again.</source>
            <translation>the file is empty (0 bytes): it was not saved completely or not copied whole. Open the original in Excel or WPS, save it, and choose it again.</translation>
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
            <source>this is not an Excel workbook (perhaps CSV or text). Open it in Excel or WPS and save it as .xlsx.</source>
            <translation>this is not an Excel workbook (perhaps CSV or text). Open it in Excel or WPS and save it as .xlsx.</translation>
        </message>
        <message>
            <source>Open it in Excel or WPS and save it again as .xlsx.</source>
            <translation>Open it in Excel or WPS and save it again as .xlsx.</translation>
        </message>
        <message>
            <source>this is a Word document renamed to .xlsx, not a workbook. Choose the Excel file.</source>
            <translation>this is a Word document renamed to .xlsx, not a workbook. Choose the Excel file.</translation>
        </message>
        <message>
            <source>this is a PowerPoint file renamed to .xlsx, not a workbook. Choose the Excel file.</source>
            <translation>this is a PowerPoint file renamed to .xlsx, not a workbook. Choose the Excel file.</translation>
        </message>
        <message>
            <source>the workbook unpacks to more than {limit} MB, far more than a list needs. Copy the rows into the template and import that.</source>
            <translation>the workbook unpacks to more than {limit} MB, far more than a list needs. Copy the rows into the template and import that.</translation>
        </message>
        <message>
            <source>the sheet {sheet} is damaged ({part}, line {line}: characters a workbook cannot hold, or a cut-off file). {again}</source>
            <translation>the sheet {sheet} is damaged ({part}, line {line}: characters a workbook cannot hold, or a cut-off file). {again}</translation>
        </message>
        <message>
            <source>the workbook is damaged (its part {part} cannot be read). {again}</source>
            <translation>the workbook is damaged (its part {part} cannot be read). {again}</translation>
        </message>
        <message>
            <source>the file is damaged or is not an Excel workbook (a Word or zip file?). {again}</source>
            <translation>the file is damaged or is not an Excel workbook (a Word or zip file?). {again}</translation>
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
            <source>Enter a number from {low} to {high}.</source>
            <translation>Enter a number from {low} to {high}.</translation>
        </message>
        <message>
            <source>A blank cell, or a column you leave out, keeps what BranchOps already has for that record. To erase a stored value, write {marker} (or {other}) in the cell.</source>
            <translation>A blank cell, or a column you leave out, keeps what BranchOps already has for that record. To erase a stored value, write {marker} (or {other}) in the cell.</translation>
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
            <source>Dates: write YYYY-MM-DD (e.g. 2024-03-01) or use a date cell. A date such as 1/5/2026, whose day and month could be read either way round, is refused.</source>
            <translation>Dates: write YYYY-MM-DD (e.g. 2024-03-01) or use a date cell. A date such as 1/5/2026, whose day and month could be read either way round, is refused.</translation>
        </message>
        <message>
            <source>Limits: at most {rows} rows and {columns} columns on the sheet, and {mb} MB per file.</source>
            <translation>Limits: at most {rows} rows and {columns} columns on the sheet, and {mb} MB per file.</translation>
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
            <source>{text} could be read with day and month either way round; write it as YYYY-MM-DD (e.g. {example}).</source>
            <translation>{text} could be read with day and month either way round; write it as YYYY-MM-DD (e.g. {example}).</translation>
        </message>
        <message>
            <source>{year}-{month:02d} has no day {day}: it has {days} days.</source>
            <translation>{year}-{month:02d} has no day {day}: it has {days} days.</translation>
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
            <source>the cell has a formula whose result was never saved (the file was made by a program, not saved in Excel). Open the file in Excel or WPS, save it, and import again — or type the value itself.</source>
            <translation>the cell has a formula whose result was never saved (the file was made by a program, not saved in Excel). Open the file in Excel or WPS, save it, and import again — or type the value itself.</translation>
        </message>
        <message>
            <source>the cell shows the Excel error {error}, not a value. Correct the formula (or type the value itself) and import again.</source>
            <translation>the cell shows the Excel error {error}, not a value. Correct the formula (or type the value itself) and import again.</translation>
        </message>
        <message>
            <source>it contains the invisible character U+{code:04X} {name}; retype the text without it.</source>
            <translation>it contains the invisible character U+{code:04X} {name}; retype the text without it.</translation>
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
            <source>write a number of at least {low}.</source>
            <translation>write a number of at least {low}.</translation>
        </message>
        <message>
            <source>write a number of at most {high}.</source>
            <translation>write a number of at most {high}.</translation>
        </message>
        <message>
            <source>write a number from {low} to {high}.</source>
            <translation>write a number from {low} to {high}.</translation>
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
            <source>Fields the import changes on people already in BranchOps:</source>
            <translation>Fields the import changes on people already in BranchOps:</translation>
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
        <message>
            <source>write a time as 17:30.</source>
            <translation>write a time as 17:30.</translation>
        </message>
        <message>
            <source>no course has this code or title; add it on the Training page first.</source>
            <translation>no course has this code or title; add it on the Training page first.</translation>
        </message>
        <message>
            <source>no staff member has this employee no.</source>
            <translation>no staff member has this employee no.</translation>
        </message>
        <message>
            <source>employee no. {no} is {name}; check the row.</source>
            <translation>employee no. {no} is {name}; check the row.</translation>
        </message>
        <message>
            <source>New training session: {session}</source>
            <translation>New training session: {session}</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>The course's code or title, as on the Training page.</source>
            <translation>The course's code or title, as on the Training page.</translation>
        </message>
        <message>
            <source>Session date</source>
            <translation>Session date</translation>
        </message>
        <message>
            <source>Rows with the same course and date are one session; it is created if new.</source>
            <translation>Rows with the same course and date are one session; it is created if new.</translation>
        </message>
        <message>
            <source>Optional; checked against the employee no.</source>
            <translation>Optional; checked against the employee no.</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Empty means present.</source>
            <translation>Empty means present.</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>0–100; passed when it reaches the course's pass mark.</source>
            <translation>0–100; passed when it reaches the course's pass mark.</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <source>Empty: numbered automatically when the course issues certificates.</source>
            <translation>Empty: numbered automatically when the course issues certificates.</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Only to tell two sessions of one day apart.</source>
            <translation>Only to tell two sessions of one day apart.</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Empty means the course's hours.</source>
            <translation>Empty means the course's hours.</translation>
        </message>
        <message>
            <source>Training attendance</source>
            <translation>Training attendance</translation>
        </message>
        <message>
            <source>One row per person and session. A session already recorded keeps the people the file does not list; the people it lists get the file's attendance and score.</source>
            <translation>One row per person and session. A session already recorded keeps the people the file does not list; the people it lists get the file's attendance and score.</translation>
        </message>
        <message>
            <source>the sheet {sheet} has more than {limit} rows with data; split it into files of at most {limit} rows and import them one after the other.</source>
            <translation>the sheet {sheet} has more than {limit} rows with data; split it into files of at most {limit} rows and import them one after the other.</translation>
        </message>
        <message>
            <source>the sheet {sheet} has data in cell {cell}, beyond the {limit} columns (A to {last}) an import reads. Delete what is there, or copy your columns into the template.</source>
            <translation>the sheet {sheet} has data in cell {cell}, beyond the {limit} columns (A to {last}) an import reads. Delete what is there, or copy your columns into the template.</translation>
        </message>
        <message>
            <source>the sheets {sheets} all have the template's headings. An import reads one sheet: put every row on one of them and delete (or hide) the others.</source>
            <translation>the sheets {sheets} all have the template's headings. An import reads one sheet: put every row on one of them and delete (or hide) the others.</translation>
        </message>
        <message>
            <source>the headings are on the hidden sheet “{sheet}”. Unhide it (right-click a sheet tab › Unhide) or copy its rows to a visible sheet, then import again.</source>
            <translation>the headings are on the hidden sheet “{sheet}”. Unhide it (right-click a sheet tab › Unhide) or copy its rows to a visible sheet, then import again.</translation>
        </message>
        <message>
            <source>sheet {sheet}, row {row}: the heading “{heading}” is in columns {columns}. Keep one of these columns and rename or delete the others.</source>
            <translation>sheet {sheet}, row {row}: the heading “{heading}” is in columns {columns}. Keep one of these columns and rename or delete the others.</translation>
        </message>
        <message>
            <source>[clear]</source>
            <translation>[clear]</translation>
        </message>
        <message>
            <source>unknown cost category; use one of: {names}.</source>
            <translation>unknown cost category; use one of: {names}.</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>amount</translation>
        </message>
        <message>
            <source>give the yearly amount or the twelve monthly amounts.</source>
            <translation>give the yearly amount or the twelve monthly amounts.</translation>
        </message>
        <message>
            <source>the monthly amounts add up to {sum}, not to the yearly amount.</source>
            <translation>the monthly amounts add up to {sum}, not to the yearly amount.</translation>
        </message>
        <message>
            <source>{year}: budget version {number} saved.</source>
            <translation>{year}: budget version {number} saved.</translation>
        </message>
        <message>
            <source>the same invoice of the same vendor is on row {row}.</source>
            <translation>the same invoice of the same vendor is on row {row}.</translation>
        </message>
        <message>
            <source>Row {row}: {message}</source>
            <translation>Row {row}: {message}</translation>
        </message>
        <message>
            <source>January</source>
            <translation>January</translation>
        </message>
        <message>
            <source>February</source>
            <translation>February</translation>
        </message>
        <message>
            <source>March</source>
            <translation>March</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>June</source>
            <translation>June</translation>
        </message>
        <message>
            <source>July</source>
            <translation>July</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>October</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Cost category</source>
            <translation>Cost category</translation>
        </message>
        <message>
            <source>One from the list, or as named on the Budget page for a category added there.</source>
            <translation>One from the list, or as named on the Budget page for a category added there.</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <source>The calendar year the fiscal year starts in, e.g. 2026.</source>
            <translation>The calendar year the fiscal year starts in, e.g. 2026.</translation>
        </message>
        <message>
            <source>Yearly amount</source>
            <translation>Yearly amount</translation>
        </message>
        <message>
            <source>Alone: spread equally over the months. With monthly amounts: their total.</source>
            <translation>Alone: spread equally over the months. With monthly amounts: their total.</translation>
        </message>
        <message>
            <source>Reason for revision</source>
            <translation>Reason for revision</translation>
        </message>
        <message>
            <source>Required when the fiscal year has a budget already (on any of its rows).</source>
            <translation>Required when the fiscal year has a budget already (on any of its rows).</translation>
        </message>
        <message>
            <source>Budget allocation</source>
            <translation>Budget allocation</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>One row per fiscal year and cost category. The month columns are calendar months: with a fiscal year starting in April, January to March belong to the next calendar year.</source>
            <translation>One row per fiscal year and cost category. The month columns are calendar months: with a fiscal year starting in April, January to March belong to the next calendar year.</translation>
        </message>
        <message>
            <source>The first import of a fiscal year is its original budget; a later one is a revision (the original is kept) and needs a reason. Categories left out keep their amounts.</source>
            <translation>The first import of a fiscal year is its original budget; a later one is a revision (the original is kept) and needs a reason. Categories left out keep their amounts.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount (CNY)</source>
            <translation>Amount (CNY)</translation>
        </message>
        <message>
            <source>Yuan with at most two decimals, more than 0.</source>
            <translation>Yuan with at most two decimals, more than 0.</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <source>Unique per vendor; needs the vendor.</source>
            <translation>Unique per vendor; needs the vendor.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Expenses</source>
            <translation>Expenses</translation>
        </message>
        <message>
            <source>One row per expense. Each is checked against its category's over-budget policy in the order of the rows: a row over a “stop” budget rejects the file (a manager can enter such an expense with a reason on the Budget page).</source>
            <translation>One row per expense. Each is checked against its category's over-budget policy in the order of the rows: a row over a “stop” budget rejects the file (a manager can enter such an expense with a reason on the Budget page).</translation>
        </message>
        <message>
            <source>{count} staff members have this name; give the employee no. instead.</source>
            <translation>{count} staff members have this name; give the employee no. instead.</translation>
        </message>
        <message>
            <source>no staff member has this employee no. or name; check the staff list.</source>
            <translation>no staff member has this employee no. or name; check the staff list.</translation>
        </message>
        <message>
            <source>this column mixes scales: row {row} answers on the {scale} and this row on the {other}. Use one scale in a column (import the other answers in a file of their own).</source>
            <translation>this column mixes scales: row {row} answers on the {scale} and this row on the {other}. Use one scale in a column (import the other answers in a file of their own).</translation>
        </message>
        <message>
            <source>a satisfaction rating is 1 to 5; put a 0–10 answer in the column “Recommend (0–10)”.</source>
            <translation>a satisfaction rating is 1 to 5; put a 0–10 answer in the column “Recommend (0–10)”.</translation>
        </message>
        <message>
            <source>write 满意 / 基本满意 / 不满意 (3 levels), 非常满意 / 满意 / 一般 / 不满意 / 非常不满意 (5 levels) or a number from 1 to 5.</source>
            <translation>write 满意 / 基本满意 / 不满意 (3 levels), 非常满意 / 满意 / 一般 / 不满意 / 非常不满意 (5 levels) or a number from 1 to 5.</translation>
        </message>
        <message>
            <source>fill in the date.</source>
            <translation>fill in the date.</translation>
        </message>
        <message>
            <source>write the time as HH:MM.</source>
            <translation>write the time as HH:MM.</translation>
        </message>
        <message>
            <source>the date is after today.</source>
            <translation>the date is after today.</translation>
        </message>
        <message>
            <source>fill in a satisfaction rating or a recommendation score.</source>
            <translation>fill in a satisfaction rating or a recommendation score.</translation>
        </message>
    </context>
    <context>
        <name>Kpi</name>
        <message>
            <source>Headcount</source>
            <translation>Headcount</translation>
        </message>
        <message>
            <source>People employed on the month's last day.</source>
            <translation>People employed on the month's last day.</translation>
        </message>
        <message>
            <source>Roster coverage gaps</source>
            <translation>Roster coverage gaps</translation>
        </message>
        <message>
            <source>Shifts of the month's roster short of their headcount or of a required skill.</source>
            <translation>Shifts of the month's roster short of their headcount or of a required skill.</translation>
        </message>
        <message>
            <source>Overtime hours</source>
            <translation>Overtime hours</translation>
        </message>
        <message>
            <source>Hours worked beyond the standard hours in the month's timesheet.</source>
            <translation>Hours worked beyond the standard hours in the month's timesheet.</translation>
        </message>
        <message>
            <source>Labour hours vs budget</source>
            <translation>Labour hours vs budget</translation>
        </message>
        <message>
            <source>Hours worked in the month ÷ the month's labour-hours budget.</source>
            <translation>Hours worked in the month ÷ the month's labour-hours budget.</translation>
        </message>
        <message>
            <source>Leave days</source>
            <translation>Leave days</translation>
        </message>
        <message>
            <source>Days of approved leave taken in the month.</source>
            <translation>Days of approved leave taken in the month.</translation>
        </message>
        <message>
            <source>Open corrective actions</source>
            <translation>Open corrective actions</translation>
        </message>
        <message>
            <source>Corrective actions not yet done at the month's end (today for this month).</source>
            <translation>Corrective actions not yet done at the month's end (today for this month).</translation>
        </message>
        <message>
            <source>Overdue corrective actions</source>
            <translation>Overdue corrective actions</translation>
        </message>
        <message>
            <source>Open corrective actions past their due date at the month's end.</source>
            <translation>Open corrective actions past their due date at the month's end.</translation>
        </message>
        <message>
            <source>Actions closed on time</source>
            <translation>Actions closed on time</translation>
        </message>
        <message>
            <source>Actions done in the month by their due date ÷ all actions done in the month.</source>
            <translation>Actions done in the month by their due date ÷ all actions done in the month.</translation>
        </message>
        <message>
            <source>Average inspection score</source>
            <translation>Average inspection score</translation>
        </message>
        <message>
            <source>Mean score of the inspections completed in the month (0–100).</source>
            <translation>Mean score of the inspections completed in the month (0–100).</translation>
        </message>
        <message>
            <source>Inspections done vs due</source>
            <translation>Inspections done vs due</translation>
        </message>
        <message>
            <source>Inspections done ÷ inspections due so far this month.</source>
            <translation>Inspections done ÷ inspections due so far this month.</translation>
        </message>
        <message>
            <source>Critical failures in inspections</source>
            <translation>Critical failures in inspections</translation>
        </message>
        <message>
            <source>Critical items answered as failed in the month's inspections.</source>
            <translation>Critical items answered as failed in the month's inspections.</translation>
        </message>
        <message>
            <source>Training compliance</source>
            <translation>Training compliance</translation>
        </message>
        <message>
            <source>Valid cells of the compliance matrix ÷ cells required by each person's position, at the month's end.</source>
            <translation>Valid cells of the compliance matrix ÷ cells required by each person's position, at the month's end.</translation>
        </message>
        <message>
            <source>Training hours</source>
            <translation>Training hours</translation>
        </message>
        <message>
            <source>Hours of the sessions held in the month, counted once per person who attended.</source>
            <translation>Hours of the sessions held in the month, counted once per person who attended.</translation>
        </message>
        <message>
            <source>Certificates expiring within 30 days</source>
            <translation>Certificates expiring within 30 days</translation>
        </message>
        <message>
            <source>Certificates and required courses whose validity ends within 30 days of the month's end.</source>
            <translation>Certificates and required courses whose validity ends within 30 days of the month's end.</translation>
        </message>
        <message>
            <source>Training sessions held vs planned</source>
            <translation>Training sessions held vs planned</translation>
        </message>
        <message>
            <source>Sessions held ÷ sessions planned for the month (held, still planned or cancelled).</source>
            <translation>Sessions held ÷ sessions planned for the month (held, still planned or cancelled).</translation>
        </message>
        <message>
            <source>Budget used</source>
            <translation>Budget used</translation>
        </message>
        <message>
            <source>Spent from the fiscal year's start to the month's end ÷ the year's budget.</source>
            <translation>Spent from the fiscal year's start to the month's end ÷ the year's budget.</translation>
        </message>
        <message>
            <source>Share of the fiscal year elapsed</source>
            <translation>Share of the fiscal year elapsed</translation>
        </message>
        <message>
            <source>Days of the fiscal year to the month's end (today for this month) ÷ its days.</source>
            <translation>Days of the fiscal year to the month's end (today for this month) ÷ its days.</translation>
        </message>
        <message>
            <source>Spending in the month</source>
            <translation>Spending in the month</translation>
        </message>
        <message>
            <source>Confirmed expenses dated in the month.</source>
            <translation>Confirmed expenses dated in the month.</translation>
        </message>
        <message>
            <source>Month's spending against its budget</source>
            <translation>Month's spending against its budget</translation>
        </message>
        <message>
            <source>Confirmed expenses of the month ÷ the month's budget.</source>
            <translation>Confirmed expenses of the month ÷ the month's budget.</translation>
        </message>
        <message>
            <source>Forecast year-end variance</source>
            <translation>Forecast year-end variance</translation>
        </message>
        <message>
            <source>Year-end forecast (the method chosen on the Budget page) − the year's budget.</source>
            <translation>Year-end forecast (the method chosen on the Budget page) − the year's budget.</translation>
        </message>
        <message>
            <source>Forecast year-end variance %</source>
            <translation>Forecast year-end variance %</translation>
        </message>
        <message>
            <source>Forecast year-end variance ÷ the year's budget.</source>
            <translation>Forecast year-end variance ÷ the year's budget.</translation>
        </message>
        <message>
            <source>Categories over budget</source>
            <translation>Categories over budget</translation>
        </message>
        <message>
            <source>Cost categories that spent more than budgeted to date, or than the whole year's.</source>
            <translation>Cost categories that spent more than budgeted to date, or than the whole year's.</translation>
        </message>
        <message>
            <source>Open high and very high risks</source>
            <translation>Open high and very high risks</translation>
        </message>
        <message>
            <source>Open risks rated high or very high on the month's last day.</source>
            <translation>Open risks rated high or very high on the month's last day.</translation>
        </message>
        <message>
            <source>Risk reviews past due</source>
            <translation>Risk reviews past due</translation>
        </message>
        <message>
            <source>Open risks whose review date had passed on the month's last day.</source>
            <translation>Open risks whose review date had passed on the month's last day.</translation>
        </message>
        <message>
            <source>Drills done vs required (year to date)</source>
            <translation>Drills done vs required (year to date)</translation>
        </message>
        <message>
            <source>Drills held since the year's start ÷ drills the programme requires by the month's end.</source>
            <translation>Drills held since the year's start ÷ drills the programme requires by the month's end.</translation>
        </message>
        <message>
            <source>Drill objectives rated M or U</source>
            <translation>Drill objectives rated M or U</translation>
        </message>
        <message>
            <source>Objectives of the month's drills rated M (marginal) or U (unsatisfactory).</source>
            <translation>Objectives of the month's drills rated M (marginal) or U (unsatisfactory).</translation>
        </message>
        <message>
            <source>Overdue follow-up actions of drills</source>
            <translation>Overdue follow-up actions of drills</translation>
        </message>
        <message>
            <source>Follow-up actions of drills still open and past their due date on the month's last day.</source>
            <translation>Follow-up actions of drills still open and past their due date on the month's last day.</translation>
        </message>
        <message>
            <source>Complaints received in the month, whatever their channel.</source>
            <translation>Complaints received in the month, whatever their channel.</translation>
        </message>
        <message>
            <source>Complaints decided in the month by their deadline ÷ complaints decided.</source>
            <translation>Complaints decided in the month by their deadline ÷ complaints decided.</translation>
        </message>
        <message>
            <source>Complaints not yet decided and past their deadline at the month's end.</source>
            <translation>Complaints not yet decided and past their deadline at the month's end.</translation>
        </message>
        <message>
            <source>Complaints not yet decided that are past their deadline or within the escalation window of it at the month's end.</source>
            <translation>Complaints not yet decided that are past their deadline or within the escalation window of it at the month's end.</translation>
        </message>
        <message>
            <source>Ratings of 4 or 5 ÷ all ratings given in the month.</source>
            <translation>Ratings of 4 or 5 ÷ all ratings given in the month.</translation>
        </message>
        <message>
            <source>% of scores 9–10 − % of scores 0–6 of the month's 0–10 recommendation scores.</source>
            <translation>% of scores 9–10 − % of scores 0–6 of the month's 0–10 recommendation scores.</translation>
        </message>
        <message>
            <source>Praise received in the month.</source>
            <translation>Praise received in the month.</translation>
        </message>
        <message>
            <source>Complaints forwarded by the regulator received in the month.</source>
            <translation>Complaints forwarded by the regulator received in the month.</translation>
        </message>
        <message>
            <source>Complaints received</source>
            <translation>Complaints received</translation>
        </message>
        <message>
            <source>Complaints resolved within deadline</source>
            <translation>Complaints resolved within deadline</translation>
        </message>
        <message>
            <source>Overdue open complaints</source>
            <translation>Overdue open complaints</translation>
        </message>
        <message>
            <source>Escalated complaints</source>
            <translation>Escalated complaints</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Praise received</source>
            <translation>Praise received</translation>
        </message>
        <message>
            <source>Regulator-forwarded complaints</source>
            <translation>Regulator-forwarded complaints</translation>
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
            <source>Marriage</source>
            <translation>Marriage</translation>
        </message>
        <message>
            <source>Maternity</source>
            <translation>Maternity</translation>
        </message>
        <message>
            <source>Paternity</source>
            <translation>Paternity</translation>
        </message>
        <message>
            <source>Bereavement</source>
            <translation>Bereavement</translation>
        </message>
        <message>
            <source>Work injury</source>
            <translation>Work injury</translation>
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
            <source>{days:g} days of annual leave asked, but only {left:g} are left ({rule}).</source>
            <translation>{days:g} days of annual leave asked, but only {left:g} are left ({rule}).</translation>
        </message>
        <message>
            <source>{year}: {days:g} days of annual leave asked, but only {left:g} are left ({rule}).</source>
            <translation>{year}: {days:g} days of annual leave asked, but only {left:g} are left ({rule}).</translation>
        </message>
        <message>
            <source>{days} set for this person (statutory: {statutory})</source>
            <translation>{days} set for this person (statutory: {statutory})</translation>
        </message>
        <message>
            <source>carried over from {year}: {days}</source>
            <translation>carried over from {year}: {days}</translation>
        </message>
        <message>
            <source>, usable until {day}</source>
            <translation>, usable until {day}</translation>
        </message>
        <message>
            <source>{days} lapsed on {day}</source>
            <translation>{days} lapsed on {day}</translation>
        </message>
        <message>
            <source>days taken beyond this are not recovered (实施办法 art. 12)</source>
            <translation>days taken beyond this are not recovered (实施办法 art. 12)</translation>
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
            <source>The leave starts before the hire date {day}.</source>
            <translation>The leave starts before the hire date {day}.</translation>
        </message>
        <message>
            <source>The person leaves on {day}; the leave cannot go past it.</source>
            <translation>The person leaves on {day}; the leave cannot go past it.</translation>
        </message>
        <message>
            <source>This person already has leave on some of these days.</source>
            <translation>This person already has leave on some of these days.</translation>
        </message>
        <message>
            <source>That leave record no longer exists; reload the list.</source>
            <translation>That leave record no longer exists; reload the list.</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>1 day</source>
            <translation>1 day</translation>
        </message>
        <message>
            <source>{days:g} days</source>
            <translation>{days:g} days</translation>
        </message>
        <message>
            <source>20 years of service or more</source>
            <translation>20 years of service or more</translation>
        </message>
        <message>
            <source>10–20 years of service</source>
            <translation>10–20 years of service</translation>
        </message>
        <message>
            <source>1–10 years of service</source>
            <translation>1–10 years of service</translation>
        </message>
        <message>
            <source>5 days: no date of first employment or hire date recorded</source>
            <translation>5 days: no date of first employment or hire date recorded</translation>
        </message>
        <message>
            <source>none: not employed in {year}</source>
            <translation>none: not employed in {year}</translation>
        </message>
        <message>
            <source>none: 12 months of total service are reached on {day}</source>
            <translation>none: 12 months of total service are reached on {day}</translation>
        </message>
        <message>
            <source>{days}: {tier}</source>
            <translation>{days}: {tier}</translation>
        </message>
        <message>
            <source>pro rata from {first} to {last}: {days}</source>
            <translation>pro rata from {first} to {last}: {days}</translation>
        </message>
        <message>
            <source>pro rata from {first}: {days}</source>
            <translation>pro rata from {first}: {days}</translation>
        </message>
        <message>
            <source>pro rata to the leaving day {last}: {days}</source>
            <translation>pro rata to the leaving day {last}: {days}</translation>
        </message>
        <message>
            <source>none: {sick:g} days of sick leave in {year} after annual leave was taken (实施办法 art. 8)</source>
            <translation>none: {sick:g} days of sick leave in {year} after annual leave was taken (实施办法 art. 8)</translation>
        </message>
        <message>
            <source>no more: {sick:g} days of sick leave, {limit} days or more (条例 art. 4); the {taken:g} days taken stay and next year's leave lapses (实施办法 art. 8)</source>
            <translation>no more: {sick:g} days of sick leave, {limit} days or more (条例 art. 4); the {taken:g} days taken stay and next year's leave lapses (实施办法 art. 8)</translation>
        </message>
        <message>
            <source>none: {sick:g} days of sick leave, {limit} days or more (条例 art. 4)</source>
            <translation>none: {sick:g} days of sick leave, {limit} days or more (条例 art. 4)</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Unpaid</source>
            <translation>Unpaid</translation>
        </message>
        <message>
            <source>{days} in calendar days</source>
            <translation>{days} in calendar days</translation>
        </message>
        <message>
            <source>{days} in the person's rostered days</source>
            <translation>{days} in the person's rostered days</translation>
        </message>
        <message>
            <source>{days} in statutory working days</source>
            <translation>{days} in statutory working days</translation>
        </message>
        <message>
            <source>usual length {days}</source>
            <translation>usual length {days}</translation>
        </message>
        <message>
            <source>not annual leave (实施办法 art. 6)</source>
            <translation>not annual leave (实施办法 art. 6)</translation>
        </message>
        <message>
            <source>annual leave left in {year} after this: {days}</source>
            <translation>annual leave left in {year} after this: {days}</translation>
        </message>
        <message>
            <source> · </source>
            <translation> · </translation>
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
            <source>Leave rules</source>
            <translation>Leave rules</translation>
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
        <name>LeaveRules</name>
        <message>
            <source>Statutory working days (Monday to Friday, holidays off, make-up days on)</source>
            <translation>Statutory working days (Monday to Friday, holidays off, make-up days on)</translation>
        </message>
        <message>
            <source>The person's rostered days (days not rostered yet: statutory days)</source>
            <translation>The person's rostered days (days not rostered yet: statutory days)</translation>
        </message>
        <message>
            <source>None: unused days lapse on 31 December</source>
            <translation>None: unused days lapse on 31 December</translation>
        </message>
        <message>
            <source>Until a day of the next year</source>
            <translation>Until a day of the next year</translation>
        </message>
        <message>
            <source>All of them, for the whole next year</source>
            <translation>All of them, for the whole next year</translation>
        </message>
        <message>
            <source>职工带薪年休假条例 art. 3: holidays and rest days inside do not count</source>
            <translation>职工带薪年休假条例 art. 3: holidays and rest days inside do not count</translation>
        </message>
        <message>
            <source>Sick pay by local rules; 2 / 3 / 4 months or more forfeit the year's annual leave (条例 art. 4)</source>
            <translation>Sick pay by local rules; 2 / 3 / 4 months or more forfeit the year's annual leave (条例 art. 4)</translation>
        </message>
        <message>
            <source>Unpaid personal leave (事假)</source>
            <translation>Unpaid personal leave (事假)</translation>
        </message>
        <message>
            <source>Training arranged by the employer</source>
            <translation>Training arranged by the employer</translation>
        </message>
        <message>
            <source>Other leave, as agreed</source>
            <translation>Other leave, as agreed</translation>
        </message>
        <message>
            <source>1–3 working days (国家劳动总局、财政部 1980 notice on 婚丧假); provinces add more</source>
            <translation>1–3 working days (国家劳动总局、财政部 1980 notice on 婚丧假); provinces add more</translation>
        </message>
        <message>
            <source>98 days, 15 more for a difficult birth and for each further baby (女职工劳动保护特别规定 art. 7); provinces add more</source>
            <translation>98 days, 15 more for a difficult birth and for each further baby (女职工劳动保护特别规定 art. 7); provinces add more</translation>
        </message>
        <message>
            <source>Set by the province's population and family planning regulations (often 15 days)</source>
            <translation>Set by the province's population and family planning regulations (often 15 days)</translation>
        </message>
        <message>
            <source>1–3 working days for a parent, spouse or child (国家劳动总局、财政部 1980 notice on 婚丧假)</source>
            <translation>1–3 working days for a parent, spouse or child (国家劳动总局、财政部 1980 notice on 婚丧假)</translation>
        </message>
        <message>
            <source>停工留薪期 on full pay, normally up to 12 months (工伤保险条例 art. 33)</source>
            <translation>停工留薪期 on full pay, normally up to 12 months (工伤保险条例 art. 33)</translation>
        </message>
        <message>
            <source>Choose how annual leave days are counted.</source>
            <translation>Choose how annual leave days are counted.</translation>
        </message>
        <message>
            <source>Choose one of the carry-over rules.</source>
            <translation>Choose one of the carry-over rules.</translation>
        </message>
        <message>
            <source>Write the day as MM-DD, for example 03-31.</source>
            <translation>Write the day as MM-DD, for example 03-31.</translation>
        </message>
        <message>
            <source>Sick-leave days must be from 1 to 366 for each tier.</source>
            <translation>Sick-leave days must be from 1 to 366 for each tier.</translation>
        </message>
        <message>
            <source>Longer service cannot have fewer sick-leave days (2, 3 and 4 months by law).</source>
            <translation>Longer service cannot have fewer sick-leave days (2, 3 and 4 months by law).</translation>
        </message>
        <message>
            <source>The usual length must be from 0 to 730 days.</source>
            <translation>The usual length must be from 0 to 730 days.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Working days</source>
            <translation>Working days</translation>
        </message>
        <message>
            <source>Calendar days</source>
            <translation>Calendar days</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Save leave rules</source>
            <translation>Save leave rules</translation>
        </message>
        <message>
            <source>Annual leave</source>
            <translation>Annual leave</translation>
        </message>
        <message>
            <source>1–10 years:</source>
            <translation>1–10 years:</translation>
        </message>
        <message>
            <source>10–20 years:</source>
            <translation>10–20 years:</translation>
        </message>
        <message>
            <source>20 years or more:</source>
            <translation>20 years or more:</translation>
        </message>
        <message>
            <source>Days counted</source>
            <translation>Days counted</translation>
        </message>
        <message>
            <source>Unused days carry over</source>
            <translation>Unused days carry over</translation>
        </message>
        <message>
            <source>Carried days usable until (MM-DD)</source>
            <translation>Carried days usable until (MM-DD)</translation>
        </message>
        <message>
            <source>Sick leave that forfeits the year</source>
            <translation>Sick leave that forfeits the year</translation>
        </message>
        <message>
            <source>By law: 5 days from 1 year of total service, 10 from 10 years, 15 from 20 (职工带薪年休假条例 art. 3); pro rata in the year a person joins, reaches 12 months or leaves (实施办法 art. 5, 12); sick leave of 2, 3 or 4 months or more forfeits the year (条例 art. 4).</source>
            <translation>By law: 5 days from 1 year of total service, 10 from 10 years, 15 from 20 (职工带薪年休假条例 art. 3); pro rata in the year a person joins, reaches 12 months or leaves (实施办法 art. 5, 12); sick leave of 2, 3 or 4 months or more forfeits the year (条例 art. 4).</translation>
        </message>
        <message>
            <source>Kinds of leave</source>
            <translation>Kinds of leave</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Counted in</source>
            <translation>Counted in</translation>
        </message>
        <message>
            <source>Usual length</source>
            <translation>Usual length</translation>
        </message>
        <message>
            <source>Where the default comes from</source>
            <translation>Where the default comes from</translation>
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
        <message>
            <source>MR</source>
            <translation>MR</translation>
        </message>
        <message>
            <source>MT</source>
            <translation>MT</translation>
        </message>
        <message>
            <source>PT</source>
            <translation>PT</translation>
        </message>
        <message>
            <source>BV</source>
            <translation>BV</translation>
        </message>
        <message>
            <source>WI</source>
            <translation>WI</translation>
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
            <source>{count}+ rows</source>
            <translation>{count}+ rows</translation>
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
            <source>Re&amp;fresh</source>
            <translation>Re&amp;fresh</translation>
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
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Risks and drills</source>
            <translation>Risks and drills</translation>
        </message>
        <message>
            <source>Customer feedback</source>
            <translation>Customer feedback</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <source>Your role ({role}) may not do this. Ask the branch manager.</source>
            <translation>Your role ({role}) may not do this. Ask the branch manager.</translation>
        </message>
        <message>
            <source>Your account has been deactivated since you signed in; nothing was saved. Ask the branch manager.</source>
            <translation>Your account has been deactivated since you signed in; nothing was saved. Ask the branch manager.</translation>
        </message>
        <message>
            <source>Your role has changed since you signed in; nothing was saved. Sign in again.</source>
            <translation>Your role has changed since you signed in; nothing was saved. Sign in again.</translation>
        </message>
    </context>
    <context>
        <name>Plan</name>
        <message>
            <source>This text is longer than {limit} characters.</source>
            <translation>This text is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>Give the plan a name.</source>
            <translation>Give the plan a name.</translation>
        </message>
        <message>
            <source>Choose how often the drill is required (1 to 12 months).</source>
            <translation>Choose how often the drill is required (1 to 12 months).</translation>
        </message>
        <message>
            <source>Role {n} has no name.</source>
            <translation>Role {n} has no name.</translation>
        </message>
        <message>
            <source>A plan needs at least one step.</source>
            <translation>A plan needs at least one step.</translation>
        </message>
        <message>
            <source>Step {n} has no text.</source>
            <translation>Step {n} has no text.</translation>
        </message>
        <message>
            <source>The target time of step {n} must be more than zero and under a day.</source>
            <translation>The target time of step {n} must be more than zero and under a day.</translation>
        </message>
        <message>
            <source>Two steps have the same key.</source>
            <translation>Two steps have the same key.</translation>
        </message>
        <message>
            <source>Objective {n} has no text.</source>
            <translation>Objective {n} has no text.</translation>
        </message>
        <message>
            <source>This emergency plan no longer exists.</source>
            <translation>This emergency plan no longer exists.</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Up</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Down</translation>
        </message>
        <message>
            <source>New emergency plan</source>
            <translation>New emergency plan</translation>
        </message>
        <message>
            <source>Emergency plan: {name}</source>
            <translation>Emergency plan: {name}</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>in the programme since</source>
            <translation>in the programme since</translation>
        </message>
        <message>
            <source>Drill required</source>
            <translation>Drill required</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Purpose (English)</source>
            <translation>Purpose (English)</translation>
        </message>
        <message>
            <source>Steps in the order they are done. A target time (e.g. 3:00 for “evacuation complete”) is what a drill's step time is compared with.</source>
            <translation>Steps in the order they are done. A target time (e.g. 3:00 for “evacuation complete”) is what a drill's step time is compared with.</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
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
            <source>Save the report</source>
            <translation>Save the report</translation>
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
            <source>{month} has not begun yet: a monthly workbook can be made for a month up to the current one ({current}).</source>
            <translation>{month} has not begun yet: a monthly workbook can be made for a month up to the current one ({current}).</translation>
        </message>
        <message>
            <source>Another export of {month} was logged at the same time; export again to get the next revision.</source>
            <translation>Another export of {month} was logged at the same time; export again to get the next revision.</translation>
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
            <source>no budget</source>
            <translation>no budget</translation>
        </message>
        <message>
            <source>original of {day}</source>
            <translation>original of {day}</translation>
        </message>
        <message>
            <source>revision {number} of {day}: {reason}</source>
            <translation>revision {number} of {day}: {reason}</translation>
        </message>
        <message>
            <source>{method} (run-rate: no prior year)</source>
            <translation>{method} (run-rate: no prior year)</translation>
        </message>
        <message>
            <source>Fiscal year</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <source>Budget version</source>
            <translation>Budget version</translation>
        </message>
        <message>
            <source>Share of the year elapsed</source>
            <translation>Share of the year elapsed</translation>
        </message>
        <message>
            <source>Year's budget</source>
            <translation>Year's budget</translation>
        </message>
        <message>
            <source>Year-end forecast</source>
            <translation>Year-end forecast</translation>
        </message>
        <message>
            <source>Forecast method</source>
            <translation>Forecast method</translation>
        </message>
        <message>
            <source>Forecast variance</source>
            <translation>Forecast variance</translation>
        </message>
        <message>
            <source>Categories over budget</source>
            <translation>Categories over budget</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Month budget</source>
            <translation>Month budget</translation>
        </message>
        <message>
            <source>Month actual</source>
            <translation>Month actual</translation>
        </message>
        <message>
            <source>Month variance</source>
            <translation>Month variance</translation>
        </message>
        <message>
            <source>Month variance %</source>
            <translation>Month variance %</translation>
        </message>
        <message>
            <source>YTD budget</source>
            <translation>YTD budget</translation>
        </message>
        <message>
            <source>YTD actual</source>
            <translation>YTD actual</translation>
        </message>
        <message>
            <source>Variance (YTD)</source>
            <translation>Variance (YTD)</translation>
        </message>
        <message>
            <source>Variance %</source>
            <translation>Variance %</translation>
        </message>
        <message>
            <source>% of year's budget used</source>
            <translation>% of year's budget used</translation>
        </message>
        <message>
            <source>By category (variance = actual − budget; + is over budget)</source>
            <translation>By category (variance = actual − budget; + is over budget)</translation>
        </message>
        <message>
            <source>No budget and no expenses for this fiscal year.</source>
            <translation>No budget and no expenses for this fiscal year.</translation>
        </message>
        <message>
            <source>Headline method</source>
            <translation>Headline method</translation>
        </message>
        <message>
            <source>Year-end forecast by method</source>
            <translation>Year-end forecast by method</translation>
        </message>
        <message>
            <source>Plan (cumulative budget)</source>
            <translation>Plan (cumulative budget)</translation>
        </message>
        <message>
            <source>Actual (cumulative)</source>
            <translation>Actual (cumulative)</translation>
        </message>
        <message>
            <source>Burn-up by month</source>
            <translation>Burn-up by month</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Vendor</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <source>Invoice no.</source>
            <translation>Invoice no.</translation>
        </message>
        <message>
            <source>Manager's reason</source>
            <translation>Manager's reason</translation>
        </message>
        <message>
            <source>Expenses let through a stop budget by the manager</source>
            <translation>Expenses let through a stop budget by the manager</translation>
        </message>
        <message>
            <source>No stop budget was overridden this month.</source>
            <translation>No stop budget was overridden this month.</translation>
        </message>
        <message>
            <source>Budget</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Budget burn-up: actual against plan</source>
            <translation>Budget burn-up: actual against plan</translation>
        </message>
        <message>
            <source>CNY</source>
            <translation>CNY</translation>
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
            <source>Completeness check: exported with 1 gap</source>
            <translation>Completeness check: exported with 1 gap</translation>
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
            <source>{phones} phone numbers, {ids} ID numbers, {names} customer names</source>
            <translation>{phones} phone numbers, {ids} ID numbers, {names} customer names</translation>
        </message>
        <message>
            <source>NOT masked (unmasked on purpose): {counts} written in full</source>
            <translation>NOT masked (unmasked on purpose): {counts} written in full</translation>
        </message>
        <message>
            <source>masked where found; none found in this workbook</source>
            <translation>masked where found; none found in this workbook</translation>
        </message>
        <message>
            <source>masked: {counts}</source>
            <translation>masked: {counts}</translation>
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
        <message>
            <source>{count} training sessions planned in {month} were not recorded: {examples}. Record their attendance (or mark them cancelled) on the Training page.</source>
            <translation>{count} training sessions planned in {month} were not recorded: {examples}. Record their attendance (or mark them cancelled) on the Training page.</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Training compliance</source>
            <translation>Training compliance</translation>
        </message>
        <message>
            <source>Training hours</source>
            <translation>Training hours</translation>
        </message>
        <message>
            <source>Certificates expiring within 30 days</source>
            <translation>Certificates expiring within 30 days</translation>
        </message>
        <message>
            <source>Sessions held vs planned</source>
            <translation>Sessions held vs planned</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Required</translation>
        </message>
        <message>
            <source>Compliant</source>
            <translation>Compliant</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <source>Due for renewal</source>
            <translation>Due for renewal</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Compliance by course on {day}</source>
            <translation>Compliance by course on {day}</translation>
        </message>
        <message>
            <source>No course is required of anyone.</source>
            <translation>No course is required of anyone.</translation>
        </message>
        <message>
            <source>Training compliance by course</source>
            <translation>Training compliance by course</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>Certificates expiring within 30 days or expired</source>
            <translation>Certificates expiring within 30 days or expired</translation>
        </message>
        <message>
            <source>No certificate expires within 30 days.</source>
            <translation>No certificate expires within 30 days.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Hours this month</source>
            <translation>Hours this month</translation>
        </message>
        <message>
            <source>Hours this year</source>
            <translation>Hours this year</translation>
        </message>
        <message>
            <source>Yearly target</source>
            <translation>Yearly target</translation>
        </message>
        <message>
            <source>Of target</source>
            <translation>Of target</translation>
        </message>
        <message>
            <source>Training hours per person</source>
            <translation>Training hours per person</translation>
        </message>
        <message>
            <source>Nobody was employed this year.</source>
            <translation>Nobody was employed this year.</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Risks and drills</source>
            <translation>Risks and drills</translation>
        </message>
        <message>
            <source>Open risks at month end</source>
            <translation>Open risks at month end</translation>
        </message>
        <message>
            <source>High and very high (residual)</source>
            <translation>High and very high (residual)</translation>
        </message>
        <message>
            <source>Reviews past due</source>
            <translation>Reviews past due</translation>
        </message>
        <message>
            <source>Drills held in the month</source>
            <translation>Drills held in the month</translation>
        </message>
        <message>
            <source>Drills done vs required (year to date)</source>
            <translation>Drills done vs required (year to date)</translation>
        </message>
        <message>
            <source>Objectives rated M or U</source>
            <translation>Objectives rated M or U</translation>
        </message>
        <message>
            <source>Impact \ likelihood</source>
            <translation>Impact \ likelihood</translation>
        </message>
        <message>
            <source>Residual risk heat map at month end (number of open risks)</source>
            <translation>Residual risk heat map at month end (number of open risks)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Inherent score</source>
            <translation>Inherent score</translation>
        </message>
        <message>
            <source>Residual score</source>
            <translation>Residual score</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
        <message>
            <source>Review past due</source>
            <translation>Review past due</translation>
        </message>
        <message>
            <source>High and very high risks (residual)</source>
            <translation>High and very high risks (residual)</translation>
        </message>
        <message>
            <source>No open risk is high or very high.</source>
            <translation>No open risk is high or very high.</translation>
        </message>
        <message>
            <source>Emergency plan</source>
            <translation>Emergency plan</translation>
        </message>
        <message>
            <source>Every (months)</source>
            <translation>Every (months)</translation>
        </message>
        <message>
            <source>Required this fiscal year</source>
            <translation>Required this fiscal year</translation>
        </message>
        <message>
            <source>Done so far</source>
            <translation>Done so far</translation>
        </message>
        <message>
            <source>Last drill</source>
            <translation>Last drill</translation>
        </message>
        <message>
            <source>Next due</source>
            <translation>Next due</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Drill programme</source>
            <translation>Drill programme</translation>
        </message>
        <message>
            <source>No emergency plan is in the programme.</source>
            <translation>No emergency plan is in the programme.</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Announced</source>
            <translation>Announced</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>Duration</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Step targets met</source>
            <translation>Step targets met</translation>
        </message>
        <message>
            <source>Ratings (P/S/M/U)</source>
            <translation>Ratings (P/S/M/U)</translation>
        </message>
        <message>
            <source>Issues found</source>
            <translation>Issues found</translation>
        </message>
        <message>
            <source>No drill was held this month.</source>
            <translation>No drill was held this month.</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Training sessions of the month</source>
            <translation>Training sessions of the month</translation>
        </message>
        <message>
            <source>No training session this month.</source>
            <translation>No training session this month.</translation>
        </message>
        <message>
            <source>Machine-readable data for HQ consolidation; do not edit. The checksum covers every value of this sheet and, through figures_sha256, every value on the visible sheets.</source>
            <translation>Machine-readable data for HQ consolidation; do not edit. The checksum covers every value of this sheet and, through figures_sha256, every value on the visible sheets.</translation>
        </message>
        <message>
            <source>It is signed with the HQ key (HMAC-SHA256): a change cannot be hidden without the key.</source>
            <translation>It is signed with the HQ key (HMAC-SHA256): a change cannot be hidden without the key.</translation>
        </message>
        <message>
            <source>Without an HQ key it is a plain SHA-256: it shows accidental changes, but someone who edits the file can recompute it. Ask HQ for a signing key (Settings, branch profile).</source>
            <translation>Without an HQ key it is a plain SHA-256: it shows accidental changes, but someone who edits the file can recompute it. Ask HQ for a signing key (Settings, branch profile).</translation>
        </message>
        <message>
            <source>No expenses of {categories} are recorded for {month}, though they occur every month; enter them on the Budget page.</source>
            <translation>No expenses of {categories} are recorded for {month}, though they occur every month; enter them on the Budget page.</translation>
        </message>
        <message>
            <source>{count} planned expenses of {month} are not confirmed yet; confirm them (with the invoiced amount) on the Budget page.</source>
            <translation>{count} planned expenses of {month} are not confirmed yet; confirm them (with the invoiced amount) on the Budget page.</translation>
        </message>
        <message>
            <source>{plan} (due {date})</source>
            <translation>{plan} (due {date})</translation>
        </message>
        <message>
            <source>{count} required drills were overdue at the end of {month}: {plans}. Record them on the Risks and drills page, or explain them to HQ.</source>
            <translation>{count} required drills were overdue at the end of {month}: {plans}. Record them on the Risks and drills page, or explain them to HQ.</translation>
        </message>
        <message>
            <source>{count} complaints were past their deadline in {month} without a status note: {examples}. Add a note on the Customer feedback page saying where each stands.</source>
            <translation>{count} complaints were past their deadline in {month} without a status note: {examples}. Add a note on the Customer feedback page saying where each stands.</translation>
        </message>
        <message>
            <source>Customer feedback</source>
            <translation>Customer feedback</translation>
        </message>
        <message>
            <source>CSAT, last 12 months</source>
            <translation>CSAT, last 12 months</translation>
        </message>
        <message>
            <source>CSAT</source>
            <translation>CSAT</translation>
        </message>
        <message>
            <source>NPS, last 12 months</source>
            <translation>NPS, last 12 months</translation>
        </message>
        <message>
            <source>NPS</source>
            <translation>NPS</translation>
        </message>
        <message>
            <source>Feedback records</source>
            <translation>Feedback records</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Praise</source>
            <translation>Praise</translation>
        </message>
        <message>
            <source>Mean rating (1–5)</source>
            <translation>Mean rating (1–5)</translation>
        </message>
        <message>
            <source>Resolved within deadline</source>
            <translation>Resolved within deadline</translation>
        </message>
        <message>
            <source>Overdue open complaints</source>
            <translation>Overdue open complaints</translation>
        </message>
        <message>
            <source>Regulator-forwarded</source>
            <translation>Regulator-forwarded</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Records by type</source>
            <translation>Records by type</translation>
        </message>
        <message>
            <source>Not categorised</source>
            <translation>Not categorised</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <source>Records by category</source>
            <translation>Records by category</translation>
        </message>
        <message>
            <source>No feedback this month.</source>
            <translation>No feedback this month.</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Records by channel</source>
            <translation>Records by channel</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>Staff member</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <source>Satisfaction rate</source>
            <translation>Satisfaction rate</translation>
        </message>
        <message>
            <source>Satisfaction rate per staff member</source>
            <translation>Satisfaction rate per staff member</translation>
        </message>
        <message>
            <source>No ratings of staff members this month.</source>
            <translation>No ratings of staff members this month.</translation>
        </message>
        <message>
            <source>Complaint no.</source>
            <translation>Complaint no.</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Days taken</source>
            <translation>Days taken</translation>
        </message>
        <message>
            <source>Within deadline</source>
            <translation>Within deadline</translation>
        </message>
        <message>
            <source>Root cause</source>
            <translation>Root cause</translation>
        </message>
        <message>
            <source>Complaints received in the month</source>
            <translation>Complaints received in the month</translation>
        </message>
        <message>
            <source>No complaint was received this month.</source>
            <translation>No complaint was received this month.</translation>
        </message>
        <message>
            <source>Trend, last 12 months</source>
            <translation>Trend, last 12 months</translation>
        </message>
    </context>
    <context>
        <name>ReportButtons</name>
        <message>
            <source>Chinese report…</source>
            <translation>Chinese report…</translation>
        </message>
        <message>
            <source>English report…</source>
            <translation>English report…</translation>
        </message>
        <message>
            <source>Report (PDF)</source>
            <translation>Report (PDF)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
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
        <name>Risk</name>
        <message>
            <source>Operational</source>
            <translation>Operational</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Fire</source>
            <translation>Fire</translation>
        </message>
        <message>
            <source>Information systems</source>
            <translation>Information systems</translation>
        </message>
        <message>
            <source>Compliance</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>Health</translation>
        </message>
        <message>
            <source>Natural hazards</source>
            <translation>Natural hazards</translation>
        </message>
        <message>
            <source>Reputation</source>
            <translation>Reputation</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>Mitigate</source>
            <translation>Mitigate</translation>
        </message>
        <message>
            <source>Avoid</source>
            <translation>Avoid</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
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
            <source>Very high</source>
            <translation>Very high</translation>
        </message>
        <message>
            <source>Inherent likelihood</source>
            <translation>Inherent likelihood</translation>
        </message>
        <message>
            <source>Inherent impact</source>
            <translation>Inherent impact</translation>
        </message>
        <message>
            <source>Residual likelihood</source>
            <translation>Residual likelihood</translation>
        </message>
        <message>
            <source>Residual impact</source>
            <translation>Residual impact</translation>
        </message>
        <message>
            <source>{field} must be a whole number from 1 to 5.</source>
            <translation>{field} must be a whole number from 1 to 5.</translation>
        </message>
        <message>
            <source>The residual score ({residual}) is above the inherent score ({inherent}): say why in the note.</source>
            <translation>The residual score ({residual}) is above the inherent score ({inherent}): say why in the note.</translation>
        </message>
        <message>
            <source>The next review date is in the past; choose today or later.</source>
            <translation>The next review date is in the past; choose today or later.</translation>
        </message>
        <message>
            <source>Name the risk.</source>
            <translation>Name the risk.</translation>
        </message>
        <message>
            <source>The title is longer than {limit} characters.</source>
            <translation>The title is longer than {limit} characters.</translation>
        </message>
        <message>
            <source>Choose a category.</source>
            <translation>Choose a category.</translation>
        </message>
        <message>
            <source>The chosen owner does not exist.</source>
            <translation>The chosen owner does not exist.</translation>
        </message>
        <message>
            <source>The chosen emergency plan does not exist.</source>
            <translation>The chosen emergency plan does not exist.</translation>
        </message>
        <message>
            <source>A risk cannot be identified after today.</source>
            <translation>A risk cannot be identified after today.</translation>
        </message>
        <message>
            <source>Say when the review took place.</source>
            <translation>Say when the review took place.</translation>
        </message>
        <message>
            <source>A review cannot be dated after today.</source>
            <translation>A review cannot be dated after today.</translation>
        </message>
        <message>
            <source>The review cannot be before the previous one ({date}).</source>
            <translation>The review cannot be before the previous one ({date}).</translation>
        </message>
        <message>
            <source>Choose who reviewed the risk.</source>
            <translation>Choose who reviewed the risk.</translation>
        </message>
        <message>
            <source>The chosen reviewer does not exist.</source>
            <translation>The chosen reviewer does not exist.</translation>
        </message>
        <message>
            <source>Say what the review found.</source>
            <translation>Say what the review found.</translation>
        </message>
        <message>
            <source>The next review must come after this one.</source>
            <translation>The next review must come after this one.</translation>
        </message>
        <message>
            <source>The level bands must rise: low up to a score below medium's, medium below high's, and high below 25.</source>
            <translation>The level bands must rise: low up to a score below medium's, medium below high's, and high below 25.</translation>
        </message>
        <message>
            <source>A review interval is 1 to {limit} days.</source>
            <translation>A review interval is 1 to {limit} days.</translation>
        </message>
        <message>
            <source>This risk no longer exists.</source>
            <translation>This risk no longer exists.</translation>
        </message>
        <message>
            <source>Not possible while the risk is {status}.</source>
            <translation>Not possible while the risk is {status}.</translation>
        </message>
    </context>
    <context>
        <name>RiskAgenda</name>
        <message>
            <source>Planned drill not recorded yet: {plan}</source>
            <translation>Planned drill not recorded yet: {plan}</translation>
        </message>
        <message>
            <source>Planned drill: {plan}</source>
            <translation>Planned drill: {plan}</translation>
        </message>
        <message>
            <source>Required drill overdue: {plan}</source>
            <translation>Required drill overdue: {plan}</translation>
        </message>
        <message>
            <source>Required drill due: {plan}</source>
            <translation>Required drill due: {plan}</translation>
        </message>
        <message>
            <source>{count} risk reviews past due</source>
            <translation>{count} risk reviews past due</translation>
        </message>
        <message>
            <source>{count} risk reviews due</source>
            <translation>{count} risk reviews due</translation>
        </message>
        <message>
            <source>Risk review due: {code} {title}</source>
            <translation>Risk review due: {code} {title}</translation>
        </message>
    </context>
    <context>
        <name>RiskCharts</name>
        <message>
            <source>Likelihood</source>
            <translation>Likelihood</translation>
        </message>
        <message>
            <source>Impact</source>
            <translation>Impact</translation>
        </message>
        <message>
            <source>No assessment yet.</source>
            <translation>No assessment yet.</translation>
        </message>
        <message>
            <source>Inherent</source>
            <translation>Inherent</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>Residual</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Score at each review</source>
            <translation>Score at each review</translation>
        </message>
        <message>
            <source>No timed drill for this plan yet.</source>
            <translation>No timed drill for this plan yet.</translation>
        </message>
        <message>
            <source>Time taken (min:s)</source>
            <translation>Time taken (min:s)</translation>
        </message>
        <message>
            <source>Step times across drills</source>
            <translation>Step times across drills</translation>
        </message>
        <message>
            <source>Open risks, residual</source>
            <translation>Open risks, residual</translation>
        </message>
    </context>
    <context>
        <name>RiskDialog</name>
        <message>
            <source>Review {code} {title}</source>
            <translation>Review {code} {title}</translation>
        </message>
        <message>
            <source>Reviewed on</source>
            <translation>Reviewed on</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>What the review found: controls in place, changes, incidents</source>
            <translation>What the review found: controls in place, changes, incidents</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Risk</source>
            <translation>Risk</translation>
        </message>
        <message>
            <source>Reviews and history</source>
            <translation>Reviews and history</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Cause</translation>
        </message>
        <message>
            <source>Consequence</source>
            <translation>Consequence</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Treatment</translation>
        </message>
        <message>
            <source>Controls</source>
            <translation>Controls</translation>
        </message>
        <message>
            <source>No drill scenario</source>
            <translation>No drill scenario</translation>
        </message>
        <message>
            <source>Drill scenario</source>
            <translation>Drill scenario</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Review…</translation>
        </message>
        <message>
            <source>New risk</source>
            <translation>New risk</translation>
        </message>
        <message>
            <source>Risk {code}</source>
            <translation>Risk {code}</translation>
        </message>
        <message>
            <source>Scores change by a review (see Reviews and history). The review due on {date} is past due.</source>
            <translation>Scores change by a review (see Reviews and history). The review due on {date} is past due.</translation>
        </message>
        <message>
            <source>Scores change by a review (see Reviews and history). Next review {date}.</source>
            <translation>Scores change by a review (see Reviews and history). Next review {date}.</translation>
        </message>
        <message>
            <source>Needed when the residual score is above the inherent one</source>
            <translation>Needed when the residual score is above the inherent one</translation>
        </message>
        <message>
            <source>Choose the next review date myself</source>
            <translation>Choose the next review date myself</translation>
        </message>
        <message>
            <source>Likelihood (1–5)</source>
            <translation>Likelihood (1–5)</translation>
        </message>
        <message>
            <source>Impact (1–5)</source>
            <translation>Impact (1–5)</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Inherent</source>
            <translation>Inherent</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>Residual</translation>
        </message>
        <message>
            <source>Why higher</source>
            <translation>Why higher</translation>
        </message>
        <message>
            <source>Next review</source>
            <translation>Next review</translation>
        </message>
    </context>
    <context>
        <name>RiskEdit</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Time taken</source>
            <translation>Time taken</translation>
        </message>
        <message>
            <source>Target met</source>
            <translation>Target met</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role in the drill</source>
            <translation>Role in the drill</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Note (e.g. why absent)</source>
            <translation>Note (e.g. why absent)</translation>
        </message>
        <message>
            <source>Issue found</source>
            <translation>Issue found</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Rating</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Step (English)</source>
            <translation>Step (English)</translation>
        </message>
        <message>
            <source>Role (English)</source>
            <translation>Role (English)</translation>
        </message>
        <message>
            <source>Target time</source>
            <translation>Target time</translation>
        </message>
        <message>
            <source>Duties</source>
            <translation>Duties</translation>
        </message>
        <message>
            <source>Duties (English)</source>
            <translation>Duties (English)</translation>
        </message>
        <message>
            <source>Objective (English)</source>
            <translation>Objective (English)</translation>
        </message>
        <message>
            <source>“{text}” is not a time: type 3:05, or 185 seconds.</source>
            <translation>“{text}” is not a time: type 3:05, or 185 seconds.</translation>
        </message>
    </context>
    <context>
        <name>RiskPage</name>
        <message>
            <source>Drills</source>
            <translation>Drills</translation>
        </message>
        <message>
            <source>Planned and done</source>
            <translation>Planned and done</translation>
        </message>
        <message>
            <source>Any year</source>
            <translation>Any year</translation>
        </message>
        <message>
            <source>Rated M or U</source>
            <translation>Rated M or U</translation>
        </message>
        <message>
            <source>Planned, not recorded</source>
            <translation>Planned, not recorded</translation>
        </message>
        <message>
            <source>Plan a drill…</source>
            <translation>Plan a drill…</translation>
        </message>
        <message>
            <source>Record a drill…</source>
            <translation>Record a drill…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Move…</source>
            <translation>Move…</translation>
        </message>
        <message>
            <source>Delete planned</source>
            <translation>Delete planned</translation>
        </message>
        <message>
            <source>Any emergency plan</source>
            <translation>Any emergency plan</translation>
        </message>
        <message>
            <source>Take the {plan} drill of {date} off the calendar?</source>
            <translation>Take the {plan} drill of {date} off the calendar?</translation>
        </message>
        <message>
            <source>Any category</source>
            <translation>Any category</translation>
        </message>
        <message>
            <source>Click a cell to list its risks.</source>
            <translation>Click a cell to list its risks.</translation>
        </message>
        <message>
            <source>Save as PNG…</source>
            <translation>Save as PNG…</translation>
        </message>
        <message>
            <source>Risks</source>
            <translation>Risks</translation>
        </message>
        <message>
            <source>Inherent risk</source>
            <translation>Inherent risk</translation>
        </message>
        <message>
            <source>Residual risk</source>
            <translation>Residual risk</translation>
        </message>
        <message>
            <source>Inherent</source>
            <translation>Inherent</translation>
        </message>
        <message>
            <source>Residual</source>
            <translation>Residual</translation>
        </message>
        <message>
            <source>{which}: likelihood {l} × impact {i} — {n} risks</source>
            <translation>{which}: likelihood {l} × impact {i} — {n} risks</translation>
        </message>
        <message>
            <source>Save the heat maps</source>
            <translation>Save the heat maps</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>Plans</translation>
        </message>
        <message>
            <source>Show archived</source>
            <translation>Show archived</translation>
        </message>
        <message>
            <source>New plan…</source>
            <translation>New plan…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>Add the built-in plans</source>
            <translation>Add the built-in plans</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Every year</translation>
        </message>
        <message>
            <source>Every half year</source>
            <translation>Every half year</translation>
        </message>
        <message>
            <source>Every {n} months</source>
            <translation>Every {n} months</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Defaults: fire evacuation every half year in a public hall (Ministry of Public Security Order 61, art. 40), anti-robbery every half year (HQ rules), other plans yearly. Change the frequency in the plan.</source>
            <translation>Defaults: fire evacuation every half year in a public hall (Ministry of Public Security Order 61, art. 40), anti-robbery every half year (HQ rules), other plans yearly. Change the frequency in the plan.</translation>
        </message>
        <message>
            <source>Fiscal year {year}</source>
            <translation>Fiscal year {year}</translation>
        </message>
        <message>
            <source>Risks and emergency drills</source>
            <translation>Risks and emergency drills</translation>
        </message>
        <message>
            <source>Risk register</source>
            <translation>Risk register</translation>
        </message>
        <message>
            <source>Heat maps</source>
            <translation>Heat maps</translation>
        </message>
        <message>
            <source>Emergency plans</source>
            <translation>Emergency plans</translation>
        </message>
        <message>
            <source>Step times</source>
            <translation>Step times</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Any level</source>
            <translation>Any level</translation>
        </message>
        <message>
            <source>High and very high</source>
            <translation>High and very high</translation>
        </message>
        <message>
            <source>Review past due</source>
            <translation>Review past due</translation>
        </message>
        <message>
            <source>Drill overdue</source>
            <translation>Drill overdue</translation>
        </message>
        <message>
            <source>New risk…</source>
            <translation>New risk…</translation>
        </message>
        <message>
            <source>Review…</source>
            <translation>Review…</translation>
        </message>
        <message>
            <source>Close risk</source>
            <translation>Close risk</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>Add the starter register</source>
            <translation>Add the starter register</translation>
        </message>
        <message>
            <source>Levels and review intervals…</source>
            <translation>Levels and review intervals…</translation>
        </message>
        <message>
            <source>Any drill scenario</source>
            <translation>Any drill scenario</translation>
        </message>
        <message>
            <source>Close the risk “{title}”? It no longer applies.</source>
            <translation>Close the risk “{title}”? It no longer applies.</translation>
        </message>
        <message>
            <source>All drills</source>
            <translation>All drills</translation>
        </message>
        <message>
            <source>Last 2 years</source>
            <translation>Last 2 years</translation>
        </message>
        <message>
            <source>Last 5 years</source>
            <translation>Last 5 years</translation>
        </message>
        <message>
            <source>{plan}: time of each step</source>
            <translation>{plan}: time of each step</translation>
        </message>
        <message>
            <source>Save chart</source>
            <translation>Save chart</translation>
        </message>
    </context>
    <context>
        <name>RiskSettings</name>
        <message>
            <source>Risk levels and review intervals</source>
            <translation>Risk levels and review intervals</translation>
        </message>
        <message>
            <source>Score = likelihood × impact (1–25). Defaults from the domain guide: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high; reviews every 360, 180 and 90 days (as SimpleRisk). Every review sets the next one from these intervals.</source>
            <translation>Score = likelihood × impact (1–25). Defaults from the domain guide: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high; reviews every 360, 180 and 90 days (as SimpleRisk). Every review sets the next one from these intervals.</translation>
        </message>
        <message>
            <source>Low up to score</source>
            <translation>Low up to score</translation>
        </message>
        <message>
            <source>Medium up to score</source>
            <translation>Medium up to score</translation>
        </message>
        <message>
            <source>High up to score</source>
            <translation>High up to score</translation>
        </message>
        <message>
            <source>Level bands</source>
            <translation>Level bands</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Review {level} risks every</source>
            <translation>Review {level} risks every</translation>
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
            <source> and {count} more</source>
            <translation> and {count} more</translation>
        </message>
        <message>
            <source>Someone changed these cells since they were shown: {cells}. Nothing was saved; look at them again and repeat the change.</source>
            <translation>Someone changed these cells since they were shown: {cells}. Nothing was saved; look at them again and repeat the change.</translation>
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
            <source>{name} ({source}, valid until {last})</source>
            <translation>{name} ({source}, valid until {last})</translation>
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
            <source>{who}: the skill has expired.</source>
            <translation>{who}: the skill has expired.</translation>
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
            <source>The date of first employment cannot be after the hire date.</source>
            <translation>The date of first employment cannot be after the hire date.</translation>
        </message>
        <message>
            <source>Name: at most {limit} characters.</source>
            <translation>Name: at most {limit} characters.</translation>
        </message>
        <message>
            <source>Position: at most {limit} characters.</source>
            <translation>Position: at most {limit} characters.</translation>
        </message>
        <message>
            <source>Phone: digits, spaces, + and - only.</source>
            <translation>Phone: digits, spaces, + and - only.</translation>
        </message>
        <message>
            <source>Skill {name}: at most {limit} characters.</source>
            <translation>Skill {name}: at most {limit} characters.</translation>
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
            <source>Earlier than the hire date</source>
            <translation>Earlier than the hire date</translation>
        </message>
        <message>
            <source>参加工作日期: annual leave counts all years of service, with earlier employers too. Leave it unticked when the person started work here.</source>
            <translation>参加工作日期: annual leave counts all years of service, with earlier employers too. Leave it unticked when the person started work here.</translation>
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
            <source>First employment</source>
            <translation>First employment</translation>
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
            <source>Skill sources…</source>
            <translation>Skill sources…</translation>
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
        <name>Training</name>
        <message>
            <source>{name}: {what} expired on {day}</source>
            <translation>{name}: {what} expired on {day}</translation>
        </message>
        <message>
            <source>{name}: {what} expires on {day}</source>
            <translation>{name}: {what} expires on {day}</translation>
        </message>
        <message>
            <source>Record the session {course} of {day}</source>
            <translation>Record the session {course} of {day}</translation>
        </message>
        <message>
            <source>Training session {course} on {day}</source>
            <translation>Training session {course} on {day}</translation>
        </message>
        <message>
            <source>Choose a person.</source>
            <translation>Choose a person.</translation>
        </message>
        <message>
            <source>Name the certificate.</source>
            <translation>Name the certificate.</translation>
        </message>
        <message>
            <source>At most {limit} characters.</source>
            <translation>At most {limit} characters.</translation>
        </message>
        <message>
            <source>A certificate number is at most {limit} characters.</source>
            <translation>A certificate number is at most {limit} characters.</translation>
        </message>
        <message>
            <source>Give the issue date.</source>
            <translation>Give the issue date.</translation>
        </message>
        <message>
            <source>The certificate cannot expire ({until}) before it was issued ({on}).</source>
            <translation>The certificate cannot expire ({until}) before it was issued ({on}).</translation>
        </message>
        <message>
            <source>Choose a course from the list.</source>
            <translation>Choose a course from the list.</translation>
        </message>
        <message>
            <source>The skill this certificate grants does not exist; choose one of the staff directory's skills.</source>
            <translation>The skill this certificate grants does not exist; choose one of the staff directory's skills.</translation>
        </message>
        <message>
            <source>This certificate no longer exists; reload the list.</source>
            <translation>This certificate no longer exists; reload the list.</translation>
        </message>
        <message>
            <source>Compliance / AML</source>
            <translation>Compliance / AML</translation>
        </message>
        <message>
            <source>Consumer protection</source>
            <translation>Consumer protection</translation>
        </message>
        <message>
            <source>Fire safety</source>
            <translation>Fire safety</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Service etiquette</source>
            <translation>Service etiquette</translation>
        </message>
        <message>
            <source>Product knowledge</source>
            <translation>Product knowledge</translation>
        </message>
        <message>
            <source>Information security</source>
            <translation>Information security</translation>
        </message>
        <message>
            <source>First aid</source>
            <translation>First aid</translation>
        </message>
        <message>
            <source>Counter operations</source>
            <translation>Counter operations</translation>
        </message>
        <message>
            <source>Induction</source>
            <translation>Induction</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Held</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Present</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Absent</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Excused</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Due for renewal</source>
            <translation>Due for renewal</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Expired</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Once</source>
            <translation>Once</translation>
        </message>
        <message>
            <source>{years} yr</source>
            <translation>{years} yr</translation>
        </message>
        <message>
            <source>{months} mo</source>
            <translation>{months} mo</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Attended</translation>
        </message>
        <message>
            <source>No score yet</source>
            <translation>No score yet</translation>
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
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Outside certificate</source>
            <translation>Outside certificate</translation>
        </message>
        <message>
            <source>{name} is larger than {limit} MB.</source>
            <translation>{name} is larger than {limit} MB.</translation>
        </message>
        <message>
            <source>{name} cannot be read.</source>
            <translation>{name} cannot be read.</translation>
        </message>
        <message>
            <source>{name} is neither a picture nor a PDF.</source>
            <translation>{name} is neither a picture nor a PDF.</translation>
        </message>
        <message>
            <source>Code: 1–32 letters, digits, - or _ (e.g. XF01).</source>
            <translation>Code: 1–32 letters, digits, - or _ (e.g. XF01).</translation>
        </message>
        <message>
            <source>Course code {code} is already used.</source>
            <translation>Course code {code} is already used.</translation>
        </message>
        <message>
            <source>Give the course a title.</source>
            <translation>Give the course a title.</translation>
        </message>
        <message>
            <source>A title is at most {limit} characters.</source>
            <translation>A title is at most {limit} characters.</translation>
        </message>
        <message>
            <source>Validity is 1 to {max} months, or “once” for a course that never expires.</source>
            <translation>Validity is 1 to {max} months, or “once” for a course that never expires.</translation>
        </message>
        <message>
            <source>Hours must be more than 0 and at most {max:g}.</source>
            <translation>Hours must be more than 0 and at most {max:g}.</translation>
        </message>
        <message>
            <source>The pass mark is a score from 0 to 100.</source>
            <translation>The pass mark is a score from 0 to 100.</translation>
        </message>
        <message>
            <source>The skill this course grants does not exist; choose one of the staff directory's skills.</source>
            <translation>The skill this course grants does not exist; choose one of the staff directory's skills.</translation>
        </message>
        <message>
            <source>Choose positions from the list.</source>
            <translation>Choose positions from the list.</translation>
        </message>
        <message>
            <source>This course no longer exists; reload the list.</source>
            <translation>This course no longer exists; reload the list.</translation>
        </message>
        <message>
            <source>Choose a course.</source>
            <translation>Choose a course.</translation>
        </message>
        <message>
            <source>Choose the day.</source>
            <translation>Choose the day.</translation>
        </message>
        <message>
            <source>A session on {day} has not been held yet; save it as planned.</source>
            <translation>A session on {day} has not been held yet; save it as planned.</translation>
        </message>
        <message>
            <source>The chosen trainer does not exist.</source>
            <translation>The chosen trainer does not exist.</translation>
        </message>
        <message>
            <source>Attendance is recorded once the session has been held.</source>
            <translation>Attendance is recorded once the session has been held.</translation>
        </message>
        <message>
            <source>{name} was hired on {hired}, after this session on {day}.</source>
            <translation>{name} was hired on {hired}, after this session on {day}.</translation>
        </message>
        <message>
            <source>{name} left on {left}, before this session on {day}.</source>
            <translation>{name} left on {left}, before this session on {day}.</translation>
        </message>
        <message>
            <source>{name} is no longer active; attendance cannot be recorded.</source>
            <translation>{name} is no longer active; attendance cannot be recorded.</translation>
        </message>
        <message>
            <source>{name} is listed twice (lines {first} and {line}).</source>
            <translation>{name} is listed twice (lines {first} and {line}).</translation>
        </message>
        <message>
            <source>{name}: a score is from 0 to 100.</source>
            <translation>{name}: a score is from 0 to 100.</translation>
        </message>
        <message>
            <source>{name} was not present, so has no score.</source>
            <translation>{name} was not present, so has no score.</translation>
        </message>
        <message>
            <source>This course issues no certificates.</source>
            <translation>This course issues no certificates.</translation>
        </message>
        <message>
            <source>{name} did not pass, so gets no certificate.</source>
            <translation>{name} did not pass, so gets no certificate.</translation>
        </message>
        <message>
            <source>This session no longer exists; reload the list.</source>
            <translation>This session no longer exists; reload the list.</translation>
        </message>
        <message>
            <source>The renewal window is 1 to {max} days.</source>
            <translation>The renewal window is 1 to {max} days.</translation>
        </message>
        <message>
            <source>The yearly target is 0 to 1000 hours.</source>
            <translation>The yearly target is 0 to 1000 hours.</translation>
        </message>
        <message>
            <source>{course} of {day}, certificate {number}</source>
            <translation>{course} of {day}, certificate {number}</translation>
        </message>
        <message>
            <source>{course} of {day}</source>
            <translation>{course} of {day}</translation>
        </message>
        <message>
            <source>Entered by hand</source>
            <translation>Entered by hand</translation>
        </message>
        <message>
            <source>Compliance matrix</source>
            <translation>Compliance matrix</translation>
        </message>
        <message>
            <source>Compliance matrix on {day}</source>
            <translation>Compliance matrix on {day}</translation>
        </message>
        <message>
            <source>Due for renewal: within {days} days · exported {time}</source>
            <translation>Due for renewal: within {days} days · exported {time}</translation>
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
            <source>Compliant</source>
            <translation>Compliant</translation>
        </message>
        <message>
            <source>Legend</source>
            <translation>Legend</translation>
        </message>
    </context>
    <context>
        <name>TrainingCharts</name>
        <message>
            <source>No course is required of anyone.</source>
            <translation>No course is required of anyone.</translation>
        </message>
        <message>
            <source>Training compliance by course</source>
            <translation>Training compliance by course</translation>
        </message>
        <message>
            <source>Training compliance by course on {day}</source>
            <translation>Training compliance by course on {day}</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Employee no.</source>
            <translation>Employee no.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Attendance</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Certificate no.</source>
            <translation>Certificate no.</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>(numbered on saving)</source>
            <translation>(numbered on saving)</translation>
        </message>
        <message>
            <source>All years</source>
            <translation>All years</translation>
        </message>
        <message>
            <source>Any result</source>
            <translation>Any result</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Not passed</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>All courses</source>
            <translation>All courses</translation>
        </message>
        <message>
            <source>Valid until {day}</source>
            <translation>Valid until {day}</translation>
        </message>
        <message>
            <source>Record a session…</source>
            <translation>Record a session…</translation>
        </message>
        <message>
            <source>Outside certificate</source>
            <translation>Outside certificate</translation>
        </message>
        <message>
            <source>Edit outside certificate</source>
            <translation>Edit outside certificate</translation>
        </message>
        <message>
            <source>e.g. 红十字救护员证</source>
            <translation>e.g. 红十字救护员证</translation>
        </message>
        <message>
            <source>Expires on</source>
            <translation>Expires on</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Certificate</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>Issued by</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Issued on</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <source>Counts for course</source>
            <translation>Counts for course</translation>
        </message>
        <message>
            <source>Grants the skill</source>
            <translation>Grants the skill</translation>
        </message>
        <message>
            <source>Scanned copy</source>
            <translation>Scanned copy</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Pictures and PDF (*.jpg *.jpeg *.png *.bmp *.tif *.pdf)</source>
            <translation>Pictures and PDF (*.jpg *.jpeg *.png *.bmp *.tif *.pdf)</translation>
        </message>
        <message>
            <source>Outside certificates</source>
            <translation>Outside certificates</translation>
        </message>
        <message>
            <source>Active staff only</source>
            <translation>Active staff only</translation>
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
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Open scan</source>
            <translation>Open scan</translation>
        </message>
        <message>
            <source>Delete {person}'s certificate “{name}”?</source>
            <translation>Delete {person}'s certificate “{name}”?</translation>
        </message>
        <message>
            <source>The scanned copy is missing from {folder}.</source>
            <translation>The scanned copy is missing from {folder}.</translation>
        </message>
        <message>
            <source>New course</source>
            <translation>New course</translation>
        </message>
        <message>
            <source>Edit course</source>
            <translation>Edit course</translation>
        </message>
        <message>
            <source> months</source>
            <translation> months</translation>
        </message>
        <message>
            <source>Once (never expires)</source>
            <translation>Once (never expires)</translation>
        </message>
        <message>
            <source> h</source>
            <translation> h</translation>
        </message>
        <message>
            <source>Exam with pass mark</source>
            <translation>Exam with pass mark</translation>
        </message>
        <message>
            <source>Issues a certificate</source>
            <translation>Issues a certificate</translation>
        </message>
        <message>
            <source>In use (untick to retire)</source>
            <translation>In use (untick to retire)</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>Title (English)</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Valid for</source>
            <translation>Valid for</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Hours</translation>
        </message>
        <message>
            <source>Pass mark</source>
            <translation>Pass mark</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>A passed session of a course that grants a skill gives the person that skill until the certificate expires; the roster sees it day by day.</source>
            <translation>A passed session of a course that grants a skill gives the person that skill until the certificate expires; the roster sees it day by day.</translation>
        </message>
        <message>
            <source>Who must take it</source>
            <translation>Who must take it</translation>
        </message>
        <message>
            <source>Courses</source>
            <translation>Courses</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>New course…</source>
            <translation>New course…</translation>
        </message>
        <message>
            <source>Add built-in courses</source>
            <translation>Add built-in courses</translation>
        </message>
        <message>
            <source>Built-in courses</source>
            <translation>Built-in courses</translation>
        </message>
        <message>
            <source>{count} built-in courses were added.</source>
            <translation>{count} built-in courses were added.</translation>
        </message>
        <message>
            <source>Compliant</source>
            <translation>Compliant</translation>
        </message>
        <message>
            <source>Last passed {day}</source>
            <translation>Last passed {day}</translation>
        </message>
        <message>
            <source>On</source>
            <translation>On</translation>
        </message>
        <message>
            <source>Only people with gaps</source>
            <translation>Only people with gaps</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
        </message>
        <message>
            <source>Legend:</source>
            <translation>Legend:</translation>
        </message>
        <message>
            <source>Double-click a cell for its history.</source>
            <translation>Double-click a cell for its history.</translation>
        </message>
        <message>
            <source>All positions</source>
            <translation>All positions</translation>
        </message>
        <message>
            <source>Compliant: {rate} ({compliant} of {required} required)</source>
            <translation>Compliant: {rate} ({compliant} of {required} required)</translation>
        </message>
        <message>
            <source>(due for renewal: within {days} days)</source>
            <translation>(due for renewal: within {days} days)</translation>
        </message>
        <message>
            <source>The matrix was written to {path}.</source>
            <translation>The matrix was written to {path}.</translation>
        </message>
        <message>
            <source>Exporting the matrix…</source>
            <translation>Exporting the matrix…</translation>
        </message>
        <message>
            <source>Required course</source>
            <translation>Required course</translation>
        </message>
        <message>
            <source>Course certificate</source>
            <translation>Course certificate</translation>
        </message>
        <message>
            <source>Reminders</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>Expiring within {days} days</source>
            <translation>Expiring within {days} days</translation>
        </message>
        <message>
            <source>Show expired</source>
            <translation>Show expired</translation>
        </message>
        <message>
            <source>New training session</source>
            <translation>New training session</translation>
        </message>
        <message>
            <source>Training session</source>
            <translation>Training session</translation>
        </message>
        <message>
            <source>Course</source>
            <translation>Course</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Start time</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>A colleague, or type an outside trainer</source>
            <translation>A colleague, or type an outside trainer</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Trainer</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Place</translation>
        </message>
        <message>
            <source>Employee no. or name, then Enter</source>
            <translation>Employee no. or name, then Enter</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Add everyone required</source>
            <translation>Add everyone required</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>Type a score and press Enter to go to the next person; in the attendance column P, A or E marks present, absent or excused.</source>
            <translation>Type a score and press Enter to go to the next person; in the attendance column P, A or E marks present, absent or excused.</translation>
        </message>
        <message>
            <source>{count} people · {present} present · {passed} passed</source>
            <translation>{count} people · {present} present · {passed} passed</translation>
        </message>
        <message>
            <source>Nobody has the employee no. or name “{text}”.</source>
            <translation>Nobody has the employee no. or name “{text}”.</translation>
        </message>
        <message>
            <source>Training sessions</source>
            <translation>Training sessions</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Any status</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Import attendance…</source>
            <translation>Import attendance…</translation>
        </message>
        <message>
            <source>Delete the session {course} of {day} with its {count} attendance records? The certificates it gave are deleted too.</source>
            <translation>Delete the session {course} of {day} with its {count} attendance records? The certificates it gave are deleted too.</translation>
        </message>
        <message>
            <source>Training settings</source>
            <translation>Training settings</translation>
        </message>
        <message>
            <source> days before expiry</source>
            <translation> days before expiry</translation>
        </message>
        <message>
            <source> h a year</source>
            <translation> h a year</translation>
        </message>
        <message>
            <source>Due for renewal from</source>
            <translation>Due for renewal from</translation>
        </message>
        <message>
            <source>Training hours per person</source>
            <translation>Training hours per person</translation>
        </message>
        <message>
            <source>Certification systems remind 30, 60 or 90 days before a certificate expires; the compliance matrix shows a cell as due for renewal from this many days.</source>
            <translation>Certification systems remind 30, 60 or 90 days before a certificate expires; the compliance matrix shows a cell as due for renewal from this many days.</translation>
        </message>
        <message>
            <source>Skills of {name}</source>
            <translation>Skills of {name}</translation>
        </message>
        <message>
            <source>Skills and sources</source>
            <translation>Skills and sources</translation>
        </message>
        <message>
            <source>Held today only</source>
            <translation>Held today only</translation>
        </message>
        <message>
            <source>Compliance matrix</source>
            <translation>Compliance matrix</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source>Yearly view</source>
            <translation>Yearly view</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Skills</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Hours per person</source>
            <translation>Hours per person</translation>
        </message>
        <message>
            <source>Plan and held</source>
            <translation>Plan and held</translation>
        </message>
        <message>
            <source>{reached} of {count} people reached {target:g} h · {held} of {planned} sessions held</source>
            <translation>{reached} of {count} people reached {target:g} h · {held} of {planned} sessions held</translation>
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
