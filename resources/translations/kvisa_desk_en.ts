<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>AccountForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="80" />
      <source>&amp;Full name</source>
      <translation>&amp;Full name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="83" />
      <source>&amp;Role</source>
      <translation>&amp;Role</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="81" />
      <source>&amp;Title</source>
      <translation>&amp;Title</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="79" />
      <source>&amp;Username</source>
      <translation>&amp;Username</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="94" />
      <source>A one-time password is made for the new account and shown once; its owner chooses their own at first sign-in.</source>
      <translation>A one-time password is made for the new account and shown once; its owner chooses their own at first sign-in.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="106" />
      <source>Add account</source>
      <translation>Add account</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="56" />
      <source>Add an account</source>
      <translation>Add an account</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="56" />
      <source>Change account</source>
      <translation>Change account</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="130" />
      <source>Enter the full name: letters this account issues are signed with it.</source>
      <translation>Enter the full name: letters this account issues are signed with it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="106" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="86" />
      <source>The full name and title are what letters are signed with. Officers work on cases; supervisors also sign off refusals; administrators manage accounts and do no case work.</source>
      <translation>The full name and title are what letters are signed with. Officers work on cases; supervisors also sign off refusals; administrators manage accounts and do no case work.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="82" />
      <source>Title in &amp;Chinese</source>
      <translation>Title in &amp;Chinese</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="64" />
      <source>e.g. Ada Obi</source>
      <translation>e.g. Ada Obi</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="67" />
      <source>e.g. Visa Officer</source>
      <translation>e.g. Visa Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="61" />
      <source>e.g. ada.obi (no spaces)</source>
      <translation>e.g. ada.obi (no spaces)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="71" />
      <source>e.g. 签证官员</source>
      <translation>e.g. 签证官员</translation>
    </message>
  </context>
  <context>
    <name>Accounts</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="45" />
      <source>Active</source>
      <translation>Active</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="45" />
      <source>Deactivated</source>
      <translation>Deactivated</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="25" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="29" />
      <source>Last sign-in</source>
      <translation>Last sign-in</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="72" />
      <source>Never</source>
      <translation>Never</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="27" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="28" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="26" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="24" />
      <source>Username</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="47" />
      <source>locked until {time}</source>
      <translation>locked until {time}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="49" />
      <source>must change password</source>
      <translation>must change password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="51" />
      <source>no key yet: set a one-time password</source>
      <translation>no key yet: set a one-time password</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="101" />
      <source>&amp;Add account…</source>
      <translation>&amp;Add account…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="103" />
      <source>&amp;Change…</source>
      <translation>&amp;Change…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="105" />
      <source>&amp;Deactivate</source>
      <translation>&amp;Deactivate</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="107" />
      <source>&amp;Unlock</source>
      <translation>&amp;Unlock</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="177" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="236" />
      <source>Account {name} added.</source>
      <translation>Account {name} added.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="257" />
      <source>Account {name} changed.</source>
      <translation>Account {name} changed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="277" />
      <source>Account {name} deactivated.</source>
      <translation>Account {name} deactivated.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="290" />
      <source>Account {name} reactivated.</source>
      <translation>Account {name} reactivated.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="304" />
      <source>Account {name} unlocked.</source>
      <translation>Account {name} unlocked.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="60" />
      <source>Accounts</source>
      <translation>Accounts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="267" />
      <source>Deactivate account</source>
      <translation>Deactivate account</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="268" />
      <source>Deactivate {name}? They can no longer sign in; their cases, decisions and history stay as they are. You can reactivate the account later.</source>
      <translation>Deactivate {name}? They can no longer sign in; their cases, decisions and history stay as they are. You can reactivate the account later.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="68" />
      <source>Everyone who may sign in at this post. Every change is recorded in the audit trail.</source>
      <translation>Everyone who may sign in at this post. Every change is recorded in the audit trail.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="173" />
      <source>No key yet for {names}: they cannot sign in to this encrypted database. Select each and choose Set one-time password; the password you pass on opens it for them.</source>
      <translation>No key yet for {names}: they cannot sign in to this encrypted database. Select each and choose Set one-time password; the password you pass on opens it for them.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="329" />
      <source>One-time password set for {name}.</source>
      <translation>One-time password set for {name}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="331" />
      <source>One-time password set for {name}: it now opens the encrypted database too.</source>
      <translation>One-time password set for {name}: it now opens the encrypted database too.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="197" />
      <source>Re&amp;activate</source>
      <translation>Re&amp;activate</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="317" />
      <source>Set a one-time password</source>
      <translation>Set a one-time password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="318" />
      <source>Set a one-time password for {name}? Their present password stops working. Until they have chosen their own and 24 hours have passed, their sign-offs and approvals are flagged to supervisors.</source>
      <translation>Set a one-time password for {name}? Their present password stops working. Until they have chosen their own and 24 hours have passed, their sign-offs and approvals are flagged to supervisors.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="110" />
      <source>Set one-time &amp;password…</source>
      <translation>Set one-time &amp;password…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="62" />
      <source>Your administrator account is ready. Now add the post's first officers and supervisors: each gets a one-time password to pass on, and chooses their own at first sign-in. Administrators do no case work.</source>
      <translation>Your administrator account is ready. Now add the post's first officers and supervisors: each gets a one-time password to pass on, and chooses their own at first sign-in. Administrators do no case work.</translation>
    </message>
  </context>
  <context>
    <name>ApplicationImport</name>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="141" />
      <source>%Ln records read…</source>
      <translation>
        <numerusform>%Ln record read…</numerusform>
        <numerusform>%Ln records read…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="54" />
      <source>&amp;Import applications…</source>
      <translation>&amp;Import applications…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="79" />
      <source>An import is running already: wait for it to end.</source>
      <translation>An import is running already: wait for it to end.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="127" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="56" />
      <source>Ctrl+I</source>
      <translation>Ctrl+I</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="65" />
      <source>Every field of an application file, examples, and what each error means</source>
      <translation>Every field of an application file, examples, and what each error means</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="72" />
      <source>Import applications</source>
      <translation>Import applications</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="109" />
      <source>Importing {file}…</source>
      <translation>Importing {file}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="58" />
      <source>Make cases of an application file: JSON, JSON Lines or CSV (kvisa-application/1)</source>
      <translation>Make cases of an application file: JSON, JSON Lines or CSV (kvisa-application/1)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="122" />
      <source>Stopping after the record being read; the records before are kept…</source>
      <translation>Stopping after the record being read; the records before are kept…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="62" />
      <source>The import file &amp;format</source>
      <translation>The import file &amp;format</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="175" />
      <source>The import of {file} failed: {reason}. Nothing was imported.</source>
      <translation>The import of {file} failed: {reason}. Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="173" />
      <source>{file} cannot be imported: {reason}. Nothing was imported.</source>
      <translation>{file} cannot be imported: {reason}. Nothing was imported.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="85" />
      <source>{file} is not an application file. Import takes .json, .jsonl or .csv files in the kvisa-application/1 format (Help: the import file format).</source>
      <translation>{file} is not an application file. Import takes .json, .jsonl or .csv files in the kvisa-application/1 format (Help: the import file format).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="156" />
      <source>{file}: {imported} imported, {rejected} rejected</source>
      <translation>{file}: {imported} imported, {rejected} rejected</translation>
    </message>
  </context>
  <context>
    <name>AuditViewer</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="196" />
      <source>&amp;Action:</source>
      <translation>&amp;Action:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="196" />
      <source>&amp;Case:</source>
      <translation>&amp;Case:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="123" />
      <source>&amp;Export…</source>
      <translation>&amp;Export…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="95" />
      <source>&amp;From</source>
      <translation>&amp;From</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="96" />
      <source>&amp;To</source>
      <translation>&amp;To</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="117" />
      <source>&amp;Verify chain</source>
      <translation>&amp;Verify chain</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="27" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="89" />
      <source>All actions</source>
      <translation>All actions</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="347" />
      <source>Audit chain broken at event {event}: {problem}</source>
      <translation>Audit chain broken at event {event}: {problem}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="342" />
      <source>Audit chain intact: {count} events verified.</source>
      <translation>Audit chain intact: {count} events verified.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="185" />
      <source>Audit events</source>
      <translation>Audit events</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="82" />
      <source>Audit trail</source>
      <translation>Audit trail</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="370" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="28" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="206" />
      <source>D&amp;one by:</source>
      <translation>D&amp;one by:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="209" />
      <source>Dates (local):</source>
      <translation>Dates (local):</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="104" />
      <source>Details of the selected event</source>
      <translation>Details of the selected event</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="26" />
      <source>Done by</source>
      <translation>Done by</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="30" />
      <source>Event</source>
      <translation>Event</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="306" />
      <source>Events {first}–{last} of {total}, newest first</source>
      <translation>Events {first}–{last} of {total}, newest first</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="88" />
      <source>Everyone</source>
      <translation>Everyone</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="369" />
      <source>Export the audit trail</source>
      <translation>Export the audit trail</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="380" />
      <source>Exported {rows} events to {path}.</source>
      <translation>Exported {rows} events to {path}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="385" />
      <source>Exporting the audit trail…</source>
      <translation>Exporting the audit trail…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="110" />
      <source>Newer events (Ctrl+PgUp)</source>
      <translation>Newer events (Ctrl+PgUp)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="303" />
      <source>No events match.</source>
      <translation>No events match.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="71" />
      <source>No further details were recorded.</source>
      <translation>No further details were recorded.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="112" />
      <source>Ol&amp;der ▶</source>
      <translation>Ol&amp;der ▶</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="114" />
      <source>Older events (Ctrl+PgDown)</source>
      <translation>Older events (Ctrl+PgDown)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="273" />
      <source>Reading the trail…</source>
      <translation>Reading the trail…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="125" />
      <source>Save the filtered events as CSV (Ctrl+E)</source>
      <translation>Save the filtered events as CSV (Ctrl+E)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="105" />
      <source>Select an event to read its recorded details.</source>
      <translation>Select an event to read its recorded details.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="24" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="338" />
      <source>Verifying the chain…</source>
      <translation>Verifying the chain…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="358" />
      <source>Verifying the chain… {count} events so far</source>
      <translation>Verifying the chain… {count} events so far</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="120" />
      <source>Walk the whole hash chain and name the first changed event (Ctrl+Shift+V)</source>
      <translation>Walk the whole hash chain and name the first changed event (Ctrl+Shift+V)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="29" />
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="92" />
      <source>e.g. C0000042</source>
      <translation>e.g. C0000042</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="108" />
      <source>◀ &amp;Newer</source>
      <translation>◀ &amp;Newer</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_charts.py" line="49" />
      <source>None in this period</source>
      <translation>None in this period</translation>
    </message>
  </context>
  <context>
    <name>BatchChecks</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="67" />
      <source>Checked {done} of {total} cases</source>
      <translation>Checked {done} of {total} cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="92" />
      <source>Checking every case…</source>
      <translation>Checking every case…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="135" />
      <source>Checking stopped</source>
      <translation>Checking stopped</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="96" />
      <source>Checking {count} cases…</source>
      <translation>Checking {count} cases…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="65" />
      <source>Stopped: checked {done} of {total} cases</source>
      <translation>Stopped: checked {done} of {total} cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="136" />
      <source>The checks failed: {error}</source>
      <translation>The checks failed: {error}</translation>
    </message>
  </context>
  <context>
    <name>BatchProgress</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="31" />
      <source>%v of %m cases</source>
      <translation>%v of %m cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="33" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="32" />
      <source>Checking progress</source>
      <translation>Checking progress</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="54" />
      <source>Stopping…</source>
      <translation>Stopping…</translation>
    </message>
  </context>
  <context>
    <name>CareerTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="187" />
      <source>Awarded on</source>
      <translation>Awarded on</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="77" />
      <source>Con&amp;firm code</source>
      <translation>Con&amp;firm code</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="279" />
      <source>Confirming the ISCED-F code…</source>
      <translation>Confirming the ISCED-F code…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="186" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="195" />
      <source>Degree {n}: {level}</source>
      <translation>Degree {n}: {level}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="205" />
      <source>Employer</source>
      <translation>Employer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="183" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="216" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="184" />
      <source>ISCED-F code</source>
      <translation>ISCED-F code</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="71" />
      <source>ISCED-F code to confirm</source>
      <translation>ISCED-F code to confirm</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="185" />
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="208" />
      <source>Kind of post</source>
      <translation>Kind of post</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="178" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="102" />
      <source>No code could be suggested from “{field}”: type the ISCED-F code and confirm it.</source>
      <translation>No code could be suggested from “{field}”: type the ISCED-F code and confirm it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="277" />
      <source>Not confirmed: {reason}</source>
      <translation>Not confirmed: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="205" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="225" />
      <source>Post {n}</source>
      <translation>Post {n}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="79" />
      <source>Record this ISCED-F code as confirmed by you</source>
      <translation>Record this ISCED-F code as confirmed by you</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="98" />
      <source>Suggested from “{field}”: {code} (from the words “{keyword}”). Not confirmed yet: confirm it or another code.</source>
      <translation>Suggested from “{field}”: {code} (from the words “{keyword}”). Not confirmed yet: confirm it or another code.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="151" />
      <source>The application lists no degrees and no posts.</source>
      <translation>The application lists no degrees and no posts.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="217" />
      <source>Until</source>
      <translation>Until</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="217" />
      <source>YYYY-MM-DD, empty while it lasts</source>
      <translation>YYYY-MM-DD, empty while it lasts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="72" />
      <source>e.g. 0713</source>
      <translation>e.g. 0713</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="186" />
      <source>e.g. NG or NGA</source>
      <translation>e.g. NG or NGA</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="104" />
      <source>no field given</source>
      <translation>no field given</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="50" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
  </context>
  <context>
    <name>CaseChecks</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="58" />
      <source>Check this case against the rules now (Ctrl+R)</source>
      <translation>Check this case against the rules now (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="89" />
      <source>Checking {case}…</source>
      <translation>Checking {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="72" />
      <source>Reading the decision of {case}…</source>
      <translation>Reading the decision of {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="143" />
      <source>Reading the past checks of {case}…</source>
      <translation>Reading the past checks of {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="177" />
      <source>Replaying check run {run}…</source>
      <translation>Replaying check run {run}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="123" />
      <source>Saving the override…</source>
      <translation>Saving the override…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="185" />
      <source>The checks could not run</source>
      <translation>The checks could not run</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="158" />
      <source>The past checks could not be read</source>
      <translation>The past checks could not be read</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="56" />
      <source>This case is finished: its checks stay as they were when it was decided.</source>
      <translation>This case is finished: its checks stay as they were when it was decided.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="186" />
      <source>{case}: {error}</source>
      <translation>{case}: {error}</translation>
    </message>
  </context>
  <context>
    <name>CaseDocuments</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="348" />
      <source>Attach a document</source>
      <translation>Attach a document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="391" />
      <source>Attaching {name}…</source>
      <translation>Attaching {name}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="254" />
      <source>Damaged</source>
      <translation>Damaged</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="27" />
      <source>Demo data</source>
      <translation>Demo data</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="102" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>File name</source>
      <translation>File name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="343" />
      <source>Not attached: this case is finished; its documents can no longer change.</source>
      <translation>Not attached: this case is finished; its documents can no longer change.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="404" />
      <source>Not attached: {reason}</source>
      <translation>Not attached: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="115" />
      <source>Open full view (Enter)</source>
      <translation>Open full view (Enter)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="449" />
      <source>Reading the photo…</source>
      <translation>Reading the photo…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="43" />
      <source>Removed ({officer}, {when}): {reason}</source>
      <translation>Removed ({officer}, {when}): {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="119" />
      <source>Show re&amp;moved documents (kept, with who and why)</source>
      <translation>Show re&amp;moved documents (kept, with who and why)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="286" />
      <source>Showing {document}…</source>
      <translation>Showing {document}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>Size</source>
      <translation>Size</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>Where from</source>
      <translation>Where from</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="33" />
      <source>attached by {officer}, {when}</source>
      <translation>attached by {officer}, {when}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="36" />
      <source>{file} (listed in the application, not attached)</source>
      <translation>{file} (listed in the application, not attached)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="51" />
      <source>{status} ({officer}, {when})</source>
      <translation>{status} ({officer}, {when})</translation>
    </message>
  </context>
  <context>
    <name>CaseEditing</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="176" />
      <source>Not saved: correct the marked fields ({fields}).</source>
      <translation>Not saved: correct the marked fields ({fields}).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="224" />
      <source>Not saved: {reason}</source>
      <translation>Not saved: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="232" />
      <source>Saved meanwhile</source>
      <translation>Saved meanwhile</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="191" />
      <source>Saving {case}…</source>
      <translation>Saving {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="228" />
      <source>{reason}

Reload the case now? Their changes will show, and yours are put back on top, unsaved, for you to check and save again.</source>
      <translation>{reason}

Reload the case now? Their changes will show, and yours are put back on top, unsaved, for you to check and save again.</translation>
    </message>
  </context>
  <context>
    <name>CaseExportOptions</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="89" />
      <source>&amp;Language:</source>
      <translation>&amp;Language:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="86" />
      <source>&amp;Officers' names</source>
      <translation>&amp;Officers' names</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="84" />
      <source>&amp;Screening facts (re-entry ban, security, funds)</source>
      <translation>&amp;Screening facts (re-entry ban, security, funds)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="77" />
      <source>Chinese</source>
      <translation>Chinese</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="76" />
      <source>English</source>
      <translation>English</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="78" />
      <source>English and Chinese</source>
      <translation>English and Chinese</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="85" />
      <source>Internal &amp;notes</source>
      <translation>Internal &amp;notes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="91" />
      <source>Leave out (the summary and the manifest say what was left out and why):</source>
      <translation>Leave out (the summary and the manifest say what was left out and why):</translation>
    </message>
  </context>
  <context>
    <name>CaseExports</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="142" />
      <source>&amp;Print summary…</source>
      <translation>&amp;Print summary…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="137" />
      <source>&amp;Save summary…</source>
      <translation>&amp;Save summary…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="142" />
      <source>Ctrl+P</source>
      <translation>Ctrl+P</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="145" />
      <source>Ctrl+Shift+B</source>
      <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="138" />
      <source>Ctrl+Shift+S</source>
      <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="145" />
      <source>Disclosure &amp;bundle…</source>
      <translation>Disclosure &amp;bundle…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="247" />
      <source>Disclosure bundle</source>
      <translation>Disclosure bundle</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="273" />
      <source>Disclosure bundle written to {path}: {count} files.</source>
      <translation>Disclosure bundle written to {path}: {count} files.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="151" />
      <source>E&amp;xport</source>
      <translation>E&amp;xport</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="253" />
      <source>Folder to put the bundle in (a new folder is made there)</source>
      <translation>Folder to put the bundle in (a new folder is made there)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="169" />
      <source>Not done: {reason}</source>
      <translation>Not done: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="184" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="208" />
      <source>Print the case summary</source>
      <translation>Print the case summary</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="242" />
      <source>Printing the case summary…</source>
      <translation>Printing the case summary…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="177" />
      <source>Save the case summary</source>
      <translation>Save the case summary</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="239" />
      <source>Summary printed ({pages} pages).</source>
      <translation>Summary printed ({pages} pages).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="200" />
      <source>Summary saved to {path}.</source>
      <translation>Summary saved to {path}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="203" />
      <source>Writing the case summary…</source>
      <translation>Writing the case summary…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="279" />
      <source>Writing the disclosure bundle…</source>
      <translation>Writing the disclosure bundle…</translation>
    </message>
  </context>
  <context>
    <name>CaseHeader</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="62" />
      <source>Applicant's photo</source>
      <translation>Applicant's photo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="83" />
      <source>Case {case} · application {application} at {post}</source>
      <translation>Case {case} · application {application} at {post}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="110" />
      <source>Check outcome: {outcome}</source>
      <translation>Check outcome: {outcome}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="89" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="93" />
      <source>{days} days open</source>
      <translation>{days} days open</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="121" />
      <source>&amp;Applicant</source>
      <translation>&amp;Applicant</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="390" />
      <source>&amp;Attach document…</source>
      <translation>&amp;Attach document…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="126" />
      <source>&amp;Documents</source>
      <translation>&amp;Documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="124" />
      <source>&amp;Education &amp;&amp; posts</source>
      <translation>&amp;Education &amp;&amp; posts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="131" />
      <source>&amp;History</source>
      <translation>&amp;History</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="130" />
      <source>&amp;Letters</source>
      <translation>&amp;Letters</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="386" />
      <source>&amp;New note</source>
      <translation>&amp;New note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="392" />
      <source>&amp;Next case</source>
      <translation>&amp;Next case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="128" />
      <source>&amp;Notes</source>
      <translation>&amp;Notes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="123" />
      <source>&amp;Passport</source>
      <translation>&amp;Passport</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="394" />
      <source>&amp;Previous case</source>
      <translation>&amp;Previous case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="387" />
      <source>&amp;Recommend…</source>
      <translation>&amp;Recommend…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="373" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="384" />
      <source>&amp;Run checks</source>
      <translation>&amp;Run checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="366" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="125" />
      <source>&amp;Travel &amp;&amp; purpose</source>
      <translation>&amp;Travel &amp;&amp; purpose</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="370" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="45" />
      <source>1 to 3660</source>
      <translation>1 to 3660</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="36" />
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="35" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="392" />
      <source>Alt+Down</source>
      <translation>Alt+Down</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="394" />
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="252" />
      <source>Attached.</source>
      <translation>Attached.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="127" />
      <source>Chec&amp;ks</source>
      <translation>Chec&amp;ks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="387" />
      <source>Ctrl+D</source>
      <translation>Ctrl+D</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="388" />
      <source>Ctrl+L</source>
      <translation>Ctrl+L</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="386" />
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="384" />
      <source>Ctrl+R</source>
      <translation>Ctrl+R</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="390" />
      <source>Ctrl+Shift+A</source>
      <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="30" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="129" />
      <source>De&amp;cision</source>
      <translation>De&amp;cision</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="465" />
      <source>Decision recorded.</source>
      <translation>Decision recorded.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="41" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="80" />
      <source>Done by</source>
      <translation>Done by</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="33" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="51" />
      <source>Expires on</source>
      <translation>Expires on</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="28" />
      <source>Given names</source>
      <translation>Given names</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="83" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="43" />
      <source>Host institution</source>
      <translation>Host institution</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="499" />
      <source>ISCED-F code {code} confirmed.</source>
      <translation>ISCED-F code {code} confirmed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="44" />
      <source>Intended entry</source>
      <translation>Intended entry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="388" />
      <source>Issue &amp;letter…</source>
      <translation>Issue &amp;letter…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="50" />
      <source>Issued on</source>
      <translation>Issued on</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="49" />
      <source>Issuing state</source>
      <translation>Issuing state</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="286" />
      <source>Letter issued.</source>
      <translation>Letter issued.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="61" />
      <source>MRZ line 1</source>
      <translation>MRZ line 1</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="62" />
      <source>MRZ line 2</source>
      <translation>MRZ line 2</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="29" />
      <source>Name in native script</source>
      <translation>Name in native script</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="32" />
      <source>Nationality</source>
      <translation>Nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="273" />
      <source>Note added.</source>
      <translation>Note added.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="48" />
      <source>Passport number</source>
      <translation>Passport number</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="34" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="31" />
      <source>Place of birth</source>
      <translation>Place of birth</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="56" />
      <source>Purpose of the visit</source>
      <translation>Purpose of the visit</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="522" />
      <source>Reloaded: check the changes and save again.</source>
      <translation>Reloaded: check the changes and save again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="443" />
      <source>Save your changes first (Ctrl+S): the checks read the saved case.</source>
      <translation>Save your changes first (Ctrl+S): the checks read the saved case.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="509" />
      <source>Saved meanwhile</source>
      <translation>Saved meanwhile</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="495" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="436" />
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="57" />
      <source>Screening answers</source>
      <translation>Screening answers</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="40" />
      <source>Sex</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="503" />
      <source>Status and assignment saved.</source>
      <translation>Status and assignment saved.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="45" />
      <source>Stay (days)</source>
      <translation>Stay (days)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="27" />
      <source>Surname</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="410" />
      <source>This case is finished: its facts are shown, not edited.</source>
      <translation>This case is finished: its facts are shown, not edited.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="536" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="80" />
      <source>What happened</source>
      <translation>What happened</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="80" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="32" />
      <source>e.g. NGA</source>
      <translation>e.g. NGA</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="32" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="537" />
      <source>{case} has changes that are not saved. Save them?</source>
      <translation>{case} has changes that are not saved. Save them?</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="510" />
      <source>{reason}

Reload the case now? Your unsaved edits are kept on top.</source>
      <translation>{reason}

Reload the case now? Your unsaved edits are kept on top.</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="50" />
      <source>An administrator set your password.</source>
      <translation>An administrator set your password.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="52" />
      <source>At least {n} characters.</source>
      <translation>At least {n} characters.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="42" />
      <source>Choose a new password</source>
      <translation>Choose a new password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="53" />
      <source>Choose your own before you go on.</source>
      <translation>Choose your own before you go on.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="55" />
      <source>Current password</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="105" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="56" />
      <source>New password</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="73" />
      <source>Protecting the database key with your new password…</source>
      <translation>Protecting the database key with your new password…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="60" />
      <source>Repeat</source>
      <translation>Repeat</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="57" />
      <source>Repeat new password</source>
      <translation>Repeat new password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="198" />
      <source>That did not work: {error}. Try again, or ask the administrator.</source>
      <translation>That did not work: {error}. Try again, or ask the administrator.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="65" />
      <source>The two new passwords differ.</source>
      <translation>The two new passwords differ.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="112" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="232" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="48" />
      <source>Your password was reset from the database file, without sign-in.</source>
      <translation>Your password was reset from the database file, without sign-in.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="46" />
      <source>Your password was set with the database's recovery key.</source>
      <translation>Your password was set with the database's recovery key.</translation>
    </message>
  </context>
  <context>
    <name>CheckResultsModel</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="126" />
      <source>ASSUMPTION</source>
      <translation>ASSUMPTION</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="37" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="41" />
      <source>Basis</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="104" />
      <source>Carried by the override of {overrides}</source>
      <translation>Carried by the override of {overrides}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="38" />
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="39" />
      <source>Officer's override</source>
      <translation>Officer's override</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="35" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="126" />
      <source>Published rule</source>
      <translation>Published rule</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="36" />
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="94" />
      <source>Set to {outcome} by {officer}, {when}: “{reason}”</source>
      <translation>Set to {outcome} by {officer}, {when}: “{reason}”</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="40" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="82" />
      <source>{outcome} (rule found: {found})</source>
      <translation>{outcome} (rule found: {found})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="106" />
      <source>{rule} ({about}) by {officer}: “{reason}”</source>
      <translation>{rule} ({about}) by {officer}: “{reason}”</translation>
    </message>
  </context>
  <context>
    <name>CheckRuns</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="51" />
      <source>Checked at</source>
      <translation>Checked at</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="166" />
      <source>Evaluate the selected run again from its own facts, pack and settings</source>
      <translation>Evaluate the selected run again from its own facts, pack and settings</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="52" />
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="55" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="142" />
      <source>Past check runs</source>
      <translation>Past check runs</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="163" />
      <source>Repla&amp;y</source>
      <translation>Repla&amp;y</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="268" />
      <source>Replayed run {run}: every result is identical to the stored one (same facts digest, same pack, same settings).</source>
      <translation>Replayed run {run}: every result is identical to the stored one (same facts digest, same pack, same settings).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="276" />
      <source>Replayed run {run}: it does NOT match the stored results.
{differences}</source>
      <translation>Replayed run {run}: it does NOT match the stored results.
{differences}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="260" />
      <source>Replaying run {run}…</source>
      <translation>Replaying run {run}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="150" />
      <source>Results of the selected run</source>
      <translation>Results of the selected run</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="53" />
      <source>Rule pack</source>
      <translation>Rule pack</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="50" />
      <source>Run</source>
      <translation>Run</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="240" />
      <source>Run {run}: {outcome}
{line}</source>
      <translation>Run {run}: {outcome}
{line}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="157" />
      <source>Selected result of the past run</source>
      <translation>Selected result of the past run</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="54" />
      <source>Settings version</source>
      <translation>Settings version</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="285" />
      <source>The run could not be replayed: {reason}</source>
      <translation>The run could not be replayed: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="174" />
      <source>This case has no stored check runs yet.</source>
      <translation>This case has no stored check runs yet.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="79" />
      <source>{found} (with overrides: {effective})</source>
      <translation>{found} (with overrides: {effective})</translation>
    </message>
  </context>
  <context>
    <name>ChecksTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="169" />
      <source>    – {about} · {outcome} · {rule}: {finding}</source>
      <translation>    – {about} · {outcome} · {rule}: {finding}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="97" />
      <source>&amp;Override…</source>
      <translation>&amp;Override…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="94" />
      <source>&amp;Run checks</source>
      <translation>&amp;Run checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="213" />
      <source>ASSUMPTION: the published sources do not settle this rule; it applies the post's setting or the pack's stated reading. Weigh it with that in mind.</source>
      <translation>ASSUMPTION: the published sources do not settle this rule; it applies the post's setting or the pack's stated reading. Weigh it with that in mind.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="185" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="216" />
      <source>Check results</source>
      <translation>Check results</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="44" />
      <source>Check the facts each failed rule names. If a fact is recorded wrongly, correct it and run the checks again. If the rule's finding is wrong for this case, select it and override it with a written reason.</source>
      <translation>Check the facts each failed rule names. If a fact is recorded wrongly, correct it and run the checks again. If the rule's finding is wrong for this case, select it and override it with a written reason.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="95" />
      <source>Check this case against the rules now (Ctrl+R)</source>
      <translation>Check this case against the rules now (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="100" />
      <source>Checked {when} by {officer} · {pack} · {settings}</source>
      <translation>Checked {when} by {officer} · {pack} · {settings}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="145" />
      <source>Degrees and posts (they count only through K-RTE-01): {parts}.</source>
      <translation>Degrees and posts (they count only through K-RTE-01): {parts}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="36" />
      <source>Fail: the case does not meet the K visa rules as recorded</source>
      <translation>Fail: the case does not meet the K visa rules as recorded</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="187" />
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="160" />
      <source>Latest run</source>
      <translation>Latest run</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="50" />
      <source>Look at each result marked Review and the evidence it names. When you are satisfied, override it to Pass with a written reason, or to Fail.</source>
      <translation>Look at each result marked Review and the evidence it names. When you are satisfied, override it to Pass with a written reason, or to Fail.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="54" />
      <source>No result needs an officer's attention before a decision.</source>
      <translation>No result needs an officer's attention before a decision.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="261" />
      <source>Not checked yet</source>
      <translation>Not checked yet</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="186" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="202" />
      <source>Override</source>
      <translation>Override</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="205" />
      <source>Overrides of parts</source>
      <translation>Overrides of parts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="319" />
      <source>Overrides that no longer apply, because the facts changed since they were made: {list}. Override again if they still hold.</source>
      <translation>Overrides that no longer apply, because the facts changed since they were made: {list}. Override again if they still hold.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="39" />
      <source>Pass: every rule is met</source>
      <translation>Pass: every rule is met</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="166" />
      <source>Past runs</source>
      <translation>Past runs</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="38" />
      <source>Review: an officer must look at the results marked Review</source>
      <translation>Review: an officer must look at the results marked Review</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="184" />
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="201" />
      <source>Rule found</source>
      <translation>Rule found</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="252" />
      <source>Run the checks (Ctrl+R) to see how this case meets each K visa rule.</source>
      <translation>Run the checks (Ctrl+R) to see how this case meets each K visa rule.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="105" />
      <source>Selected result</source>
      <translation>Selected result</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="188" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="73" />
      <source>This case is decided on check run {decided}, not on this later run {shown}: the run the decision was made on is under Past runs. No new check runs on a decided case.</source>
      <translation>This case is decided on check run {decided}, not on this later run {shown}: the run the decision was made on is under Past runs. No new check runs on a decided case.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="69" />
      <source>This case is decided: these results are the check run the decision was made on. They stay as they were; no new check runs on a decided case.</source>
      <translation>This case is decided: these results are the check run the decision was made on. They stay as they were; no new check runs on a decided case.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="235" />
      <source>This case is finished: its results stay as they were when it was decided.</source>
      <translation>This case is finished: its results stay as they were when it was decided.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="64" />
      <source>This case is {status} and was never checked; no check runs on it now.</source>
      <translation>This case is {status} and was never checked; no check runs on it now.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="78" />
      <source>This case is {status}: these are the results of its last check run. They stay as they were; no new check runs on a finished case.</source>
      <translation>This case is {status}: these are the results of its last check run. They stay as they were; no new check runs on a finished case.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="222" />
      <source>This result is about one degree or post. It reaches the case's outcome only through K-RTE-01: one degree (Route A) or one post (Route B) passing every part is enough.</source>
      <translation>This result is about one degree or post. It reaches the case's outcome only through K-RTE-01: one degree (Route A) or one post (Route B) passing every part is enough.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="28" />
      <source>This run predates translated findings (rule pack revision 1): its findings and sources are shown in the English words it stored, exactly as they were.</source>
      <translation>This run predates translated findings (rule pack revision 1): its findings and sources are shown in the English words it stored, exactly as they were.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="122" />
      <source>This run used revision {before} of rule pack {pack}; revision {after} would change: {rules}. Run the checks (Ctrl+R) to apply it; overrides stay while the facts are unchanged.</source>
      <translation>This run used revision {before} of rule pack {pack}; revision {after} would change: {rules}. Run the checks (Ctrl+R) to apply it; overrides stay while the facts are unchanged.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="98" />
      <source>Treat the selected result as another outcome</source>
      <translation>Treat the selected result as another outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="199" />
      <source>Values used</source>
      <translation>Values used</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="143" />
      <source>Whole case: {whole}.</source>
      <translation>Whole case: {whole}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="178" />
      <source>Why:</source>
      <translation>Why:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="117" />
      <source>no result</source>
      <translation>no result</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="99" />
      <source>post settings version {version}</source>
      <translation>post settings version {version}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="97" />
      <source>post settings: the pack's defaults (version 0)</source>
      <translation>post settings: the pack's defaults (version 0)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="95" />
      <source>rule pack {pack} (no longer installed)</source>
      <translation>rule pack {pack} (no longer installed)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="88" />
      <source>rule pack {pack} revision {revision} ({title}), in force from {date}</source>
      <translation>rule pack {pack} revision {revision} ({title}), in force from {date}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="311" />
      <source>{rule} ({about}) set to {outcome} by {officer}</source>
      <translation>{rule} ({about}) set to {outcome} by {officer}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="114" />
      <source>{rule} ({about}): {before} → {after}</source>
      <translation>{rule} ({about}): {before} → {after}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="160" />
      <source>• {outcome} · {rule} {title}: {finding}</source>
      <translation>• {outcome} · {rule} {title}: {finding}</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="410" />
      <source>&amp;Dashboard</source>
      <translation>&amp;Dashboard</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="110" />
      <source>(not recorded)</source>
      <translation>(not recorded)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="126" />
      <source>90th percentile</source>
      <translation>90th percentile</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="69" />
      <source>Above the overall rate, over at least {least} decisions</source>
      <translation>Above the overall rate, over at least {least} decisions</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="78" />
      <source>Approvals</source>
      <translation>Approvals</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="146" />
      <source>Approve</source>
      <translation>Approve</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="73" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="74" />
      <source>Cases received</source>
      <translation>Cases received</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="52" />
      <source>Cases received in the period, by status now</source>
      <translation>Cases received in the period, by status now</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="129" />
      <source>Checks needing review</source>
      <translation>Checks needing review</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="412" />
      <source>Ctrl+Shift+D</source>
      <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="75" />
      <source>Days</source>
      <translation>Days</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="54" />
      <source>Days from receipt to decision</source>
      <translation>Days from receipt to decision</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="76" />
      <source>Decisions</source>
      <translation>Decisions</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="56" />
      <source>Decisions by ground</source>
      <translation>Decisions by ground</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="55" />
      <source>Decisions by outcome</source>
      <translation>Decisions by outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="125" />
      <source>Median</source>
      <translation>Median</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="127" />
      <source>Open cases</source>
      <translation>Open cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="83" />
      <source>Past the target days</source>
      <translation>Past the target days</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="53" />
      <source>Received per week</source>
      <translation>Received per week</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="66" />
      <source>Refusal rate</source>
      <translation>Refusal rate</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="62" />
      <source>Refusal rate by nationality</source>
      <translation>Refusal rate by nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="58" />
      <source>Refusal rate by recommending officer</source>
      <translation>Refusal rate by recommending officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="59" />
      <source>Refusal rate of the decisions each supervisor signed off</source>
      <translation>Refusal rate of the decisions each supervisor signed off</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="79" />
      <source>Refusals</source>
      <translation>Refusals</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="146" />
      <source>Refuse</source>
      <translation>Refuse</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="57" />
      <source>Work waiting now</source>
      <translation>Work waiting now</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="104" />
      <source>{days} days</source>
      <translation>{days} days</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="112" />
      <source>{refused} of {decided} refused, {rate}</source>
      <translation>{refused} of {decided} refused, {rate}</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="333" />
      <source> · {count} inbox submissions refused in part or whole</source>
      <translation> · {count} inbox submissions refused in part or whole</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="250" />
      <source>&amp;Post:</source>
      <translation>&amp;Post:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="252" />
      <source>&amp;Save report…</source>
      <translation>&amp;Save report…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="241" />
      <source>All posts</source>
      <translation>All posts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="362" />
      <source>As of {today}.</source>
      <translation>As of {today}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="240" />
      <source>Dashboard</source>
      <translation>Dashboard</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="246" />
      <source>Every case</source>
      <translation>Every case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="245" />
      <source>Last 12 months</source>
      <translation>Last 12 months</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="244" />
      <source>Last 13 weeks</source>
      <translation>Last 13 weeks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="243" />
      <source>Last 4 weeks</source>
      <translation>Last 4 weeks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="251" />
      <source>P&amp;eriod:</source>
      <translation>P&amp;eriod:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="373" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="291" />
      <source>Reading the dashboard…</source>
      <translation>Reading the dashboard…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="290" />
      <source>Reading the figures…</source>
      <translation>Reading the figures…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="314" />
      <source>Received {received} · decided {decided} · median {median} · 90th percentile {p90} days to decision · open {open}, {past} past the target · {review} checks to review</source>
      <translation>Received {received} · decided {decided} · median {median} · 90th percentile {p90} days to decision · open {open}, {past} past the target · {review} checks to review</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="389" />
      <source>Report saved to {path}.</source>
      <translation>Report saved to {path}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="372" />
      <source>Save the dashboard report</source>
      <translation>Save the dashboard report</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="253" />
      <source>The figures and charts as a PDF (Ctrl+S)</source>
      <translation>The figures and charts as a PDF (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="393" />
      <source>The report was not saved: {reason}</source>
      <translation>The report was not saved: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="396" />
      <source>Writing the dashboard report…</source>
      <translation>Writing the dashboard report…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="395" />
      <source>Writing the report…</source>
      <translation>Writing the report…</translation>
    </message>
  </context>
  <context>
    <name>Decision</name>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="263" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="217" />
      <source>A refusal needs at least one ground: tick a result from the check run.</source>
      <translation>A refusal needs at least one ground: tick a result from the check run.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="331" />
      <source>An approval needs every result to pass. Still open (resolve each by its step, or override it on the Checks tab with a reason):</source>
      <translation>An approval needs every result to pass. Still open (resolve each by its step, or override it on the Checks tab with a reason):</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="208" />
      <source>An approval needs the visa terms (there are no defaults): missing {missing}.</source>
      <translation>An approval needs the visa terms (there are no defaults): missing {missing}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="203" />
      <source>An approval needs the visa terms: entries, validity days and stay days (there are no defaults).</source>
      <translation>An approval needs the visa terms: entries, validity days and stay days (there are no defaults).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="211" />
      <source>An interview needs both its date and time and its place.</source>
      <translation>An interview needs both its date and time and its place.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="224" />
      <source>Case {case_ref} already has a recommendation awaiting sign-off: reload the case to see it.</source>
      <translation>Case {case_ref} already has a recommendation awaiting sign-off: reload the case to see it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="236" />
      <source>Case {case_ref} changed since you opened it: reload it and try again.</source>
      <translation>Case {case_ref} changed since you opened it: reload it and try again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="243" />
      <source>Case {case_ref} has no recommendation awaiting sign-off.</source>
      <translation>Case {case_ref} has no recommendation awaiting sign-off.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="232" />
      <source>Case {case_ref} has not been checked: run the checks (Ctrl+R) before recommending.</source>
      <translation>Case {case_ref} has not been checked: run the checks (Ctrl+R) before recommending.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="229" />
      <source>Case {case_ref} is {status}: it takes no new recommendation.</source>
      <translation>Case {case_ref} is {status}: it takes no new recommendation.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="300" />
      <source>Case {case_ref}: the case's facts changed after the check run this recommendation rests on (run {run}), so it cannot be agreed. Send it back with a reason, so the officer runs the checks again and recommends on the new results.</source>
      <translation>Case {case_ref}: the case's facts changed after the check run this recommendation rests on (run {run}), so it cannot be agreed. Send it back with a reason, so the officer runs the checks again and recommends on the new results.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="294" />
      <source>Case {case_ref}: the case's facts changed after the latest check run (run {run}), so an approval or a refusal cannot rest on its results. Run the checks again (Ctrl+R), then recommend on the new results.</source>
      <translation>Case {case_ref}: the case's facts changed after the latest check run (run {run}), so an approval or a refusal cannot rest on its results. Run the checks again (Ctrl+R), then recommend on the new results.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="139" />
      <source>Documents requested: {docs}; reply by {date}.</source>
      <translation>Documents requested: {docs}; reply by {date}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="144" />
      <source>Grounds:</source>
      <translation>Grounds:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="101" />
      <source>Not needed</source>
      <translation>Not needed</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="128" />
      <source>Reason given: {reason}</source>
      <translation>Reason given: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="153" />
      <source>Reasoning:</source>
      <translation>Reasoning:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="120" />
      <source>Recommended by {who}, {when}; check run {run}.</source>
      <translation>Recommended by {who}, {when}; check run {run}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="312" />
      <source>Resolve each open result by the step it names, then run the checks again (Ctrl+R); or override it on the Checks tab with a reason.</source>
      <translation>Resolve each open result by the step it names, then run the checks again (Ctrl+R); or override it on the Checks tab with a reason.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="307" />
      <source>Run the checks again (Ctrl+R), or override the failing result on the Checks tab with a reason.</source>
      <translation>Run the checks again (Ctrl+R), or override the failing result on the Checks tab with a reason.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="240" />
      <source>Sending a recommendation back needs a reason: type it beside the buttons.</source>
      <translation>Sending a recommendation back needs a reason: type it beside the buttons.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="125" />
      <source>Sign-off: {text}</source>
      <translation>Sign-off: {text}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="323" />
      <source>The case's facts changed after the latest check run (run {run}). Run the checks again (Ctrl+R) before recommending an approval or a refusal; a request for documents can still be made.</source>
      <translation>The case's facts changed after the latest check run (run {run}). Run the checks again (Ctrl+R) before recommending an approval or a refusal; a request for documents can still be made.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="220" />
      <source>The latest check run found no document missing: name the documents to request.</source>
      <translation>The latest check run found no document missing: name the documents to request.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="214" />
      <source>The reply-by date {date} is not after today: choose a later date.</source>
      <translation>The reply-by date {date} is not after today: choose a later date.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="131" />
      <source>Visa terms: {entries}; valid {validity} days; {stay} days each stay.</source>
      <translation>Visa terms: {entries}; valid {validity} days; {stay} days each stay.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="98" />
      <source>Waiting for a supervisor other than {who}</source>
      <translation>Waiting for a supervisor other than {who}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="156" />
      <source>Warning: {text}</source>
      <translation>Warning: {text}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="200" />
      <source>Write the reasoning: what in this case leads to the recommendation.</source>
      <translation>Write the reasoning: what in this case leads to the recommendation.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="246" />
      <source>You recommended this {recommendation} and may not sign it off: another supervisor must.</source>
      <translation>You recommended this {recommendation} and may not sign it off: another supervisor must.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="39" />
      <source>attach the document the passing route relies on, then run the checks</source>
      <translation>attach the document the passing route relies on, then run the checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="38" />
      <source>attach the missing documents, then run the checks</source>
      <translation>attach the missing documents, then run the checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="272" />
      <source>case {case_ref} cannot be approved until every result listed above passes. A refusal or a request for documents needs no such step.</source>
      <translation>case {case_ref} cannot be approved until every result listed above passes. A refusal or a request for documents needs no such step.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="31" />
      <source>confirm the field's ISCED-F code on the Education &amp; posts tab, then run the checks</source>
      <translation>confirm the field's ISCED-F code on the Education &amp; posts tab, then run the checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="255" />
      <source>entries</source>
      <translation>entries</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="180" />
      <source>every ground chosen for this refusal is a result that passed.</source>
      <translation>every ground chosen for this refusal is a result that passed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="45" />
      <source>judge whether the institution is well known</source>
      <translation>judge whether the institution is well known</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="338" />
      <source>look at the finding on the Checks tab</source>
      <translation>look at the finding on the Checks tab</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="46" />
      <source>look at the other case or refusal it names</source>
      <translation>look at the other case or refusal it names</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="151" />
      <source>none chosen</source>
      <translation>none chosen</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="42" />
      <source>record the intended entry date, then run the checks</source>
      <translation>record the intended entry date, then run the checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="35" />
      <source>record the screening facts on the case, then run the checks</source>
      <translation>record the screening facts on the case, then run the checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="257" />
      <source>stay days</source>
      <translation>stay days</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="170" />
      <source>the latest check run (run {run}) is older than the latest change to the case's facts; this was recorded on that run's results.</source>
      <translation>the latest check run (run {run}) is older than the latest change to the case's facts; this was recorded on that run's results.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="175" />
      <source>the reasoning is only stock phrases: say what in this case led to the recommendation (the facts, documents or results relied on).</source>
      <translation>the reasoning is only stock phrases: say what in this case led to the recommendation (the facts, documents or results relied on).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="256" />
      <source>validity days</source>
      <translation>validity days</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="28" />
      <source>verify the documents on the Documents tab, then run the checks</source>
      <translation>verify the documents on the Documents tab, then run the checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="116" />
      <source>{recommendation} — {state}</source>
      <translation>{recommendation} — {state}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="108" />
      <source>{verdict} by {who}</source>
      <translation>{verdict} by {who}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="92" />
      <source>{verdict} by {who}, {when}</source>
      <translation>{verdict} by {who}, {when}</translation>
    </message>
  </context>
  <context>
    <name>DecisionTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="109" />
      <source>A&amp;gree</source>
      <translation>A&amp;gree</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="315" />
      <source>Agree to put the recommendation into effect, or send it back with a reason.</source>
      <translation>Agree to put the recommendation into effect, or send it back with a reason.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="404" />
      <source>Agree with {who}'s recommendation ({what}) on {case}? It takes effect now.</source>
      <translation>Agree with {who}'s recommendation ({what}) on {case}? It takes effect now.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="267" />
      <source>Case status: {status}. It takes no new recommendation.</source>
      <translation>Case status: {status}. It takes no new recommendation.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="263" />
      <source>Decision in effect: {what}. Case status: {status}.</source>
      <translation>Decision in effect: {what}. Case status: {status}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="196" />
      <source>Decisions cannot be shown: {reason}</source>
      <translation>Decisions cannot be shown: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="94" />
      <source>Decisions on this case</source>
      <translation>Decisions on this case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="383" />
      <source>Every ground chosen for this refusal is a result still in review (for example documents not yet verified): nothing has been found against the applicant yet. Record the refusal anyway?</source>
      <translation>Every ground chosen for this refusal is a result still in review (for example documents not yet verified): nothing has been found against the applicant yet. Record the refusal anyway?</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="90" />
      <source>Grounds</source>
      <translation>Grounds</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="225" />
      <source>Grounds from check run {run} of {when}:</source>
      <translation>Grounds from check run {run} of {when}:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="273" />
      <source>Latest: {what}, {state}. Case status: {status}.</source>
      <translation>Latest: {what}, {state}. Case status: {status}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="223" />
      <source>No check run yet: run the checks first (Ctrl+R); grounds are their results.</source>
      <translation>No check run yet: run the checks first (Ctrl+R); grounds are their results.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="271" />
      <source>No decision yet.</source>
      <translation>No decision yet.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="221" />
      <source>No recommendation has been recorded yet.</source>
      <translation>No recommendation has been recorded yet.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="365" />
      <source>Not recorded: {reason}</source>
      <translation>Not recorded: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="423" />
      <source>Not signed off: {reason}</source>
      <translation>Not signed off: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="297" />
      <source>Nothing awaits sign-off.</source>
      <translation>Nothing awaits sign-off.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="88" />
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="311" />
      <source>Only a supervisor signs off; {who} recommended it.</source>
      <translation>Only a supervisor signs off; {who} recommended it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="147" />
      <source>Reading the decisions…</source>
      <translation>Reading the decisions…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="107" />
      <source>Reason (needed to send it back; kept in the record)</source>
      <translation>Reason (needed to send it back; kept in the record)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="105" />
      <source>Reason for sending it back</source>
      <translation>Reason for sending it back</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="86" />
      <source>Recommendation</source>
      <translation>Recommendation</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="85" />
      <source>Recommended</source>
      <translation>Recommended</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="371" />
      <source>Recording the recommendation on {case}…</source>
      <translation>Recording the recommendation on {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="388" />
      <source>Refuse on results in review?</source>
      <translation>Refuse on results in review?</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="112" />
      <source>Send &amp;back</source>
      <translation>Send &amp;back</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="411" />
      <source>Sign off</source>
      <translation>Sign off</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="89" />
      <source>Sign-off</source>
      <translation>Sign-off</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="433" />
      <source>Signing off {case}…</source>
      <translation>Signing off {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="87" />
      <source>State</source>
      <translation>State</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="305" />
      <source>The case's facts changed after the check run this recommendation rests on, so it cannot be agreed. Send it back with a reason, so the officer runs the checks again and recommends on the new results.</source>
      <translation>The case's facts changed after the check run this recommendation rests on, so it cannot be agreed. Send it back with a reason, so the officer runs the checks again and recommends on the new results.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="98" />
      <source>The selected decision</source>
      <translation>The selected decision</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="287" />
      <source>This case takes no new recommendation now.</source>
      <translation>This case takes no new recommendation now.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="299" />
      <source>You recommended this; a supervisor signs it off.</source>
      <translation>You recommended this; a supervisor signs it off.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="301" />
      <source>You recommended this; another supervisor must sign it off (you cannot).</source>
      <translation>You recommended this; another supervisor must sign it off (you cannot).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="246" />
      <source>Your recommendation ({what}) awaits a supervisor's sign-off.</source>
      <translation>Your recommendation ({what}) awaits a supervisor's sign-off.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="250" />
      <source>Your recommendation ({what}) awaits sign-off by another supervisor.</source>
      <translation>Your recommendation ({what}) awaits sign-off by another supervisor.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="285" />
      <source>Your role does not record recommendations.</source>
      <translation>Your role does not record recommendations.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="257" />
      <source>{who} recommends: {what}. It awaits a supervisor's sign-off.</source>
      <translation>{who} recommends: {what}. It awaits a supervisor's sign-off.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="254" />
      <source>{who} recommends: {what}. It awaits your sign-off.</source>
      <translation>{who} recommends: {what}. It awaits your sign-off.</translation>
    </message>
  </context>
  <context>
    <name>DemoAccountsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_accounts_dialog.py" line="21" />
      <source>Demo accounts</source>
      <translation>Demo accounts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_accounts_dialog.py" line="24" />
      <source>Demo accounts were created. Note the passwords: they are shown only this once. You are signed in as the first officer; use File ▸ Switch user to try another role.</source>
      <translation>Demo accounts were created. Note the passwords: they are shown only this once. You are signed in as the first officer; use File ▸ Switch user to try another role.</translation>
    </message>
  </context>
  <context>
    <name>DemoCases</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="78" />
      <source>Add {count} synthetic demo cases to this database? They are invented applicants for training, not real applications.

Every account that uses this database will see them among the cases. Load them only into a database meant for exploring or training.</source>
      <translation>Add {count} synthetic demo cases to this database? They are invented applicants for training, not real applications.

Every account that uses this database will see them among the cases. Load them only into a database meant for exploring or training.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="70" />
      <source>Demo cases</source>
      <translation>Demo cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="84" />
      <source>Load demo cases</source>
      <translation>Load demo cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="96" />
      <source>Loading {count} demo cases…</source>
      <translation>Loading {count} demo cases…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="101" />
      <source>The demo cases could not be loaded: {error}</source>
      <translation>The demo cases could not be loaded: {error}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="103" />
      <source>This copy of KVisa Desk has no demo case generator yet.</source>
      <translation>This copy of KVisa Desk has no demo case generator yet.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="63" />
      <source>This database has no cases yet. Load {count} demo cases to explore KVisa Desk?

The demo cases are fictitious applicants, for exploring or training only. They go into this database, so every account that uses it will see them among the cases. Do not load them into your post's working database.

You can load them later from File &gt; Load demo cases.</source>
      <translation>This database has no cases yet. Load {count} demo cases to explore KVisa Desk?

The demo cases are fictitious applicants, for exploring or training only. They go into this database, so every account that uses it will see them among the cases. Do not load them into your post's working database.

You can load them later from File &gt; Load demo cases.</translation>
    </message>
  </context>
  <context>
    <name>DocumentActions</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="93" />
      <source>&amp;Attach…</source>
      <translation>&amp;Attach…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="171" />
      <source>&amp;Mark suspected</source>
      <translation>&amp;Mark suspected</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="69" />
      <source>&amp;Open</source>
      <translation>&amp;Open</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="220" />
      <source>&amp;Remove</source>
      <translation>&amp;Remove</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="90" />
      <source>&amp;Remove…</source>
      <translation>&amp;Remove…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="94" />
      <source>Attach a document (Ctrl+Shift+A, or drop files)</source>
      <translation>Attach a document (Ctrl+Shift+A, or drop files)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="84" />
      <source>Mark &amp;not verified</source>
      <translation>Mark &amp;not verified</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="78" />
      <source>Mark &amp;suspected fraudulent…</source>
      <translation>Mark &amp;suspected fraudulent…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="72" />
      <source>Mark &amp;verified</source>
      <translation>Mark &amp;verified</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="215" />
      <source>Remove a document</source>
      <translation>Remove a document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="216" />
      <source>Remove {document} from the case? It is kept in the store and in the case's history; say why it is removed.</source>
      <translation>Remove {document} from the case? It is kept in the store and in the case's history; say why it is removed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="237" />
      <source>Removing the document…</source>
      <translation>Removing the document…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="197" />
      <source>Saving the document's status…</source>
      <translation>Saving the document's status…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="167" />
      <source>Suspected fraudulent</source>
      <translation>Suspected fraudulent</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="168" />
      <source>Why do you suspect {document} is fraudulent?</source>
      <translation>Why do you suspect {document} is fraudulent?</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="234" />
      <source>{document} removed.</source>
      <translation>{document} removed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="192" />
      <source>{document}: {status}.</source>
      <translation>{document}: {status}.</translation>
    </message>
  </context>
  <context>
    <name>DocumentChecklist</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="64" />
      <source> and </source>
      <translation> and </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="69" />
      <source> or </source>
      <translation> or </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="61" />
      <source>Required documents (no route met yet)</source>
      <translation>Required documents (no route met yet)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="59" />
      <source>Required documents (run the checks to add the route's evidence)</source>
      <translation>Required documents (run the checks to add the route's evidence)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="63" />
      <source>Required documents for route {route}</source>
      <translation>Required documents for route {route}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="91" />
      <source>attached, not verified</source>
      <translation>attached, not verified</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="85" />
      <source>damaged</source>
      <translation>damaged</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="92" />
      <source>missing</source>
      <translation>missing</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="87" />
      <source>suspected fraudulent</source>
      <translation>suspected fraudulent</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="89" />
      <source>verified</source>
      <translation>verified</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="76" />
      <source>{what}: {state}</source>
      <translation>{what}: {state}</translation>
    </message>
  </context>
  <context>
    <name>DocumentDrop</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/drop.py" line="97" />
      <source>Not attached: {name} cannot be read.</source>
      <translation>Not attached: {name} cannot be read.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/drop.py" line="101" />
      <source>Not attached: {name} is a folder; drop the files in it.</source>
      <translation>Not attached: {name} is a folder; drop the files in it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/drop.py" line="106" />
      <source>Not attached: {name} is not a file.</source>
      <translation>Not attached: {name} is not a file.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/drop.py" line="88" />
      <source>Not attached: {url} is not a file on this computer; save it first.</source>
      <translation>Not attached: {url} is not a file on this computer; save it first.</translation>
    </message>
  </context>
  <context>
    <name>DocumentKindDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="149" />
      <source>&amp;Attach</source>
      <translation>&amp;Attach</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="143" />
      <source>Attach a document</source>
      <translation>Attach a document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="145" />
      <source>What kind of document is “{name}”?</source>
      <translation>What kind of document is “{name}”?</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="63" />
      <source>1 page</source>
      <translation>1 page</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="132" />
      <source>Page {page} cannot be shown.</source>
      <translation>Page {page} cannot be shown.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="77" />
      <source>Removed by {officer}, {when} · {reason}</source>
      <translation>Removed by {officer}, {when} · {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="124" />
      <source>This PDF cannot be shown.</source>
      <translation>This PDF cannot be shown.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="70" />
      <source>This file cannot be shown.</source>
      <translation>This file cannot be shown.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="161" />
      <source>{document} cannot be shown: {reason}</source>
      <translation>{document} cannot be shown: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="156" />
      <source>{document} is damaged: its content no longer matches the fingerprint (SHA-256) recorded when it was attached. Do not rely on it: restore the store from a backup or attach the file again.</source>
      <translation>{document} is damaged: its content no longer matches the fingerprint (SHA-256) recorded when it was attached. Do not rely on it: restore the store from a backup or attach the file again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="151" />
      <source>{document} is missing from the document store. Restore the store from a backup or attach the file again.</source>
      <translation>{document} is missing from the document store. Restore the store from a backup or attach the file again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="65" />
      <source>{n} pages</source>
      <translation>{n} pages</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="87" />
      <source>{status} by {officer}, {when}</source>
      <translation>{status} by {officer}, {when}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="143" />
      <source>“{name}” ({kind})</source>
      <translation>“{name}” ({kind})</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreviewPane</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="148" />
      <source>Loading…</source>
      <translation>Loading…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="114" />
      <source>Preview of the document</source>
      <translation>Preview of the document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="143" />
      <source>Select a document to see it here.</source>
      <translation>Select a document to see it here.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="154" />
      <source>The application lists this document ({file}), but its file was never attached. Attach it with Ctrl+Shift+A or drop it here.</source>
      <translation>The application lists this document ({file}), but its file was never attached. Attach it with Ctrl+Shift+A or drop it here.</translation>
    </message>
  </context>
  <context>
    <name>DocumentTypeDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="102" />
      <source>&amp;Attach</source>
      <translation>&amp;Attach</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="84" />
      <source>Attach dropped files</source>
      <translation>Attach dropped files</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="94" />
      <source>Kind of document for {name}</source>
      <translation>Kind of document for {name}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="107" />
      <source>What kind of document is each file? Each is checked before it is kept.</source>
      <translation>What kind of document is each file? Each is checked before it is kept.</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="135" />
      <source>&amp;First page</source>
      <translation>&amp;First page</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="165" />
      <source>&amp;Fit page</source>
      <translation>&amp;Fit page</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="141" />
      <source>&amp;Last page</source>
      <translation>&amp;Last page</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="129" />
      <source>&amp;Next page</source>
      <translation>&amp;Next page</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="123" />
      <source>&amp;Previous page</source>
      <translation>&amp;Previous page</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="72" />
      <source>Page of the document</source>
      <translation>Page of the document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="242" />
      <source>Page {page} of {count} · {zoom} %</source>
      <translation>Page {page} of {count} · {zoom} %</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="199" />
      <source>Showing {document}…</source>
      <translation>Showing {document}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="147" />
      <source>Zoom &amp;in</source>
      <translation>Zoom &amp;in</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="159" />
      <source>Zoom &amp;out</source>
      <translation>Zoom &amp;out</translation>
    </message>
  </context>
  <context>
    <name>EncryptionOffer</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="68" />
      <source>Encrypt this database?</source>
      <translation>Encrypt this database?</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="93" />
      <source>Encrypting the database</source>
      <translation>Encrypting the database</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="104" />
      <source>The database was not encrypted: {error}</source>
      <translation>The database was not encrypted: {error}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="69" />
      <source>This database file is not encrypted: anyone who copies it, or a backup of it, reads every applicant. Encrypt it now? Then only each account's own password opens it, and only yours at first: every other account needs a one-time password from you (Administration ▸ Accounts) before it can sign in again. You can also do it later with kvisa-desk db encrypt.</source>
      <translation>This database file is not encrypted: anyone who copies it, or a backup of it, reads every applicant. Encrypt it now? Then only each account's own password opens it, and only yours at first: every other account needs a one-time password from you (Administration ▸ Accounts) before it can sign in again. You can also do it later with kvisa-desk db encrypt.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="81" />
      <source>Your password (it will open the encrypted file):</source>
      <translation>Your password (it will open the encrypted file):</translation>
    </message>
  </context>
  <context>
    <name>ErrorText</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="170" />
      <source> ({name})</source>
      <translation> ({name})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="89" />
      <source>A file{which} cannot be written here (no permission, or a read-only disk); nothing was saved.</source>
      <translation>A file{which} cannot be written here (no permission, or a read-only disk); nothing was saved.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="94" />
      <source>A file{which} could not be read or written ({reason}); nothing was saved. Try again.</source>
      <translation>A file{which} could not be read or written ({reason}); nothing was saved. Try again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="41" />
      <source>Account {username} is locked after too many failed sign-ins. Try again in {minutes} minutes, or ask an administrator.</source>
      <translation>Account {username} is locked after too many failed sign-ins. Try again in {minutes} minutes, or ask an administrator.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="46" />
      <source>Account {username} is locked. Ask an administrator.</source>
      <translation>Account {username} is locked. Ask an administrator.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="78" />
      <source>Case {case_ref} cannot be approved until every result passes. Still open:
{open_list}
A refusal or a request for documents needs no such step.</source>
      <translation>Case {case_ref} cannot be approved until every result passes. Still open:
{open_list}
A refusal or a request for documents needs no such step.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="63" />
      <source>Case {case_ref} does not exist.</source>
      <translation>Case {case_ref} does not exist.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="71" />
      <source>Post {post} has not set the mission's name for its letters, so the letterhead would read only “Embassy of the People's Republic of China”. A supervisor sets both Letterhead name (English) and Letterhead name (Chinese) under Administration ▸ Post settings… ▸ Working settings. No letter was issued and no number was taken.</source>
      <translation>Post {post} has not set the mission's name for its letters, so the letterhead would read only “Embassy of the People's Republic of China”. A supervisor sets both Letterhead name (English) and Letterhead name (Chinese) under Administration ▸ Post settings… ▸ Working settings. No letter was issued and no number was taken.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="27" />
      <source>Sign-in refused: unknown user name or wrong password.</source>
      <translation>Sign-in refused: unknown user name or wrong password.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="35" />
      <source>Sign-in refused: unknown user name or wrong password. After too many failed tries, {username} is locked for {minutes} minutes. Try again then, or ask an administrator to unlock it.</source>
      <translation>Sign-in refused: unknown user name or wrong password. After too many failed tries, {username} is locked for {minutes} minutes. Try again then, or ask an administrator to unlock it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="30" />
      <source>Sign-in refused: unknown user name or wrong password. Tries left before the account is locked for a while: {left}.</source>
      <translation>Sign-in refused: unknown user name or wrong password. Tries left before the account is locked for a while: {left}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="106" />
      <source>The database is locked by another program and stayed locked past the waiting time: nothing was saved. Close the other program (or wait) and try again.</source>
      <translation>The database is locked by another program and stayed locked past the waiting time: nothing was saved. Close the other program (or wait) and try again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="98" />
      <source>The database is open read-only: nothing can be saved. Open it writable to make changes.</source>
      <translation>The database is open read-only: nothing can be saved. Open it writable to make changes.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="116" />
      <source>The database refused the change ({reason}); nothing was saved. Try again.</source>
      <translation>The database refused the change ({reason}); nothing was saved. Try again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="111" />
      <source>The database server cannot be reached: nothing was saved. Check the network; what you typed is kept, try again when the server is back.</source>
      <translation>The database server cannot be reached: nothing was saved. Check the network; what you typed is kept, try again when the server is back.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="102" />
      <source>The disk holding the database is full: nothing was saved. Free some space and try again.</source>
      <translation>The disk holding the database is full: nothing was saved. Free some space and try again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="84" />
      <source>The disk is full: a file{which} could not be written and nothing was saved. Free some space (or ask IT to) and try again.</source>
      <translation>The disk is full: a file{which} could not be written and nothing was saved. Free some space (or ask IT to) and try again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="120" />
      <source>This database is at schema revision {revision}, which this version of KVisa Desk ({head}) does not know: it was written by a newer version. Update KVisa Desk to that version or newer; the database was not changed.</source>
      <translation>This database is at schema revision {revision}, which this version of KVisa Desk ({head}) does not know: it was written by a newer version. Update KVisa Desk to that version or newer; the database was not changed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="126" />
      <source>This post's shared database is at schema revision {revision}, older than the {head} this version of KVisa Desk expects. Ask the administrator to run {command} (it upgrades the database once for every officer); nothing was changed.</source>
      <translation>This post's shared database is at schema revision {revision}, older than the {head} this version of KVisa Desk expects. Ask the administrator to run {command} (it upgrades the database once for every officer); nothing was changed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="137" />
      <source>administrator</source>
      <translation>administrator</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="152" />
      <source>change the institution registry</source>
      <translation>change the institution registry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="151" />
      <source>change the post's settings</source>
      <translation>change the post's settings</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="150" />
      <source>export case data</source>
      <translation>export case data</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="144" />
      <source>import applications</source>
      <translation>import applications</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="149" />
      <source>issue letters</source>
      <translation>issue letters</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="156" />
      <source>manage accounts</source>
      <translation>manage accounts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="135" />
      <source>officer</source>
      <translation>officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="146" />
      <source>override a rule result</source>
      <translation>override a rule result</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="160" />
      <source>purge cases past retention</source>
      <translation>purge cases past retention</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="147" />
      <source>record a recommendation</source>
      <translation>record a recommendation</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="145" />
      <source>run the eligibility checks</source>
      <translation>run the eligibility checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="148" />
      <source>sign off a recommendation</source>
      <translation>sign off a recommendation</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="136" />
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="157" />
      <source>upgrade, back up or restore the database</source>
      <translation>upgrade, back up or restore the database</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="142" />
      <source>view cases</source>
      <translation>view cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="155" />
      <source>view the audit trail</source>
      <translation>view the audit trail</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="143" />
      <source>work on cases</source>
      <translation>work on cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="64" />
      <source>{name}: this database keeps every document sealed with the post key, and the key is not on this computer, so nothing was stored. Ask an administrator to import the post key here with Administration ▸ Post key… (or to generate it there, if the post has none yet).</source>
      <translation>{name}: this database keeps every document sealed with the post key, and the key is not on this computer, so nothing was stored. Ask an administrator to import the post key here with Administration ▸ Post key… (or to generate it there, if the post has none yet).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="196" />
      <source>{result}: {step}</source>
      <translation>{result}: {step}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="62" />
      <source>{username} ({role}) may not {permission}.</source>
      <translation>{username} ({role}) may not {permission}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="49" />
      <source>{username} cannot open this encrypted database yet: the account has no key for it. Ask an administrator to set you a one-time password (Administration ▸ Accounts).</source>
      <translation>{username} cannot open this encrypted database yet: the account has no key for it. Ask an administrator to set you a one-time password (Administration ▸ Accounts).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="54" />
      <source>{username} is not an active KVisa Desk account. Ask an administrator for one.</source>
      <translation>{username} is not an active KVisa Desk account. Ask an administrator for one.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="57" />
      <source>{username} must change the password an administrator set before doing anything else: sign in again to change it.</source>
      <translation>{username} must change the password an administrator set before doing anything else: sign in again to change it.</translation>
    </message>
  </context>
  <context>
    <name>ExportOptions</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="79" />
      <source>&amp;CSV (UTF-8, opens in any spreadsheet)</source>
      <translation>&amp;CSV (UTF-8, opens in any spreadsheet)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="80" />
      <source>&amp;XLSX (Excel, dates as dates)</source>
      <translation>&amp;XLSX (Excel, dates as dates)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="89" />
      <source>Cases</source>
      <translation>Cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="84" />
      <source>Every case of the current &amp;filter</source>
      <translation>Every case of the current &amp;filter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="78" />
      <source>Export worklist</source>
      <translation>Export worklist</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="88" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="82" />
      <source>The &amp;selected cases ({count})</source>
      <translation>The &amp;selected cases ({count})</translation>
    </message>
  </context>
  <context>
    <name>FieldEdit</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="64" />
      <source>Change {field}</source>
      <translation>Change {field}</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="61" />
      <source>All files (*)</source>
      <translation>All files (*)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="54" />
      <source>Application files ({patterns})</source>
      <translation>Application files ({patterns})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="57" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="48" />
      <source>Documents: PDF and images ({patterns})</source>
      <translation>Documents: PDF and images ({patterns})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="50" />
      <source>Images ({patterns})</source>
      <translation>Images ({patterns})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="55" />
      <source>JSON (*.json)</source>
      <translation>JSON (*.json)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="56" />
      <source>JSON Lines (*.jsonl)</source>
      <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="49" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="116" />
      <source>Anyone who copies a plain file reads every applicant in it. It can be encrypted later with kvisa-desk db encrypt.</source>
      <translation>Anyone who copies a plain file reads every applicant in it. It can be encrypted later with kvisa-desk db encrypt.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="81" />
      <source>Create the first administrator</source>
      <translation>Create the first administrator</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="105" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="94" />
      <source>Explore with demo data instead</source>
      <translation>Explore with demo data instead</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="106" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="112" />
      <source>Leave this database unencrypted (a training machine, no real applicants)</source>
      <translation>Leave this database unencrypted (a training machine, no real applicants)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="103" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="182" />
      <source>Protecting the new database key with your password…</source>
      <translation>Protecting the new database key with your password…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="109" />
      <source>Repeat</source>
      <translation>Repeat</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="104" />
      <source>Repeat password</source>
      <translation>Repeat password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="198" />
      <source>That did not work: {error}. Try again, or ask the administrator.</source>
      <translation>That did not work: {error}. Try again, or ask the administrator.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="152" />
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="82" />
      <source>This database has no accounts yet. Create the administrator who will add the officers' accounts. Administrators manage accounts and the database; they do not work on cases.</source>
      <translation>This database has no accounts yet. Create the administrator who will add the officers' accounts. Administrators manage accounts and the database; they do not work on cases.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="107" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="105" />
      <source>Username</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="112" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="232" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="102" />
      <source>e.g. Systems Administrator</source>
      <translation>e.g. Systems Administrator</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="99" />
      <source>e.g. admin</source>
      <translation>e.g. admin</translation>
    </message>
  </context>
  <context>
    <name>ForgottenPassword</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="136" />
      <source>Forgotten password</source>
      <translation>Forgotten password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="138" />
      <source>If you forget your password</source>
      <translation>If you forget your password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="118" />
      <source>Officers and supervisors: ask an administrator. In Administration ▸ Accounts they set you a one-time password, which you change at your next sign-in.

Administrators: ask another administrator the same way. If every administrator password is lost, use the recovery key that was shown when the database was made (saved to a file or printed). On the computer that holds the database, run

    {unlock}

with ADMIN your username and FILE the saved recovery key. It shows a one-time password; sign in with it and choose your own. The recovery is recorded in the audit trail.

A database that is not encrypted has no recovery key: there, whoever holds the database file runs {reset}.</source>
      <translation>Officers and supervisors: ask an administrator. In Administration ▸ Accounts they set you a one-time password, which you change at your next sign-in.

Administrators: ask another administrator the same way. If every administrator password is lost, use the recovery key that was shown when the database was made (saved to a file or printed). On the computer that holds the database, run

    {unlock}

with ADMIN your username and FILE the saved recovery key. It shows a one-time password; sign in with it and choose your own. The recovery is recorded in the audit trail.

A database that is not encrypted has no recovery key: there, whoever holds the database file runs {reset}.</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/idle_lock.py" line="54" />
      <source>KVisa Desk is locked</source>
      <translation>KVisa Desk is locked</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="50" />
      <source>a post code is 2 to 8 capital letters A–Z or digits 0–9 (e.g. LON)</source>
      <translation>a post code is 2 to 8 capital letters A–Z or digits 0–9 (e.g. LON)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="80" />
      <source>cannot attach {file}: this database keeps every document sealed with its post key, and the key is not on this computer: an administrator imports it here with `kvisa-desk db post-key import FILE` (a file exported on a computer that has it), or makes the post's key with `kvisa-desk db post-key generate` if it has none yet</source>
      <translation>cannot attach {file}: this database keeps every document sealed with its post key, and the key is not on this computer: an administrator imports it here with `kvisa-desk db post-key import FILE` (a file exported on a computer that has it), or makes the post's key with `kvisa-desk db post-key generate` if it has none yet</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="87" />
      <source>cannot attach {file}: {why}</source>
      <translation>cannot attach {file}: {why}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="79" />
      <source>cannot read {file}: {why}</source>
      <translation>cannot read {file}: {why}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="56" />
      <source>contains a NUL character at character {position}: remove it</source>
      <translation>contains a NUL character at character {position}: remove it</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="63" />
      <source>contains a line break or tab ({code}) at character {position}: remove it</source>
      <translation>contains a line break or tab ({code}) at character {position}: remove it</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="59" />
      <source>contains an invisible control character ({code}) at character {position}: remove it</source>
      <translation>contains an invisible control character ({code}) at character {position}: remove it</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="88" />
      <source>each MRZ line must be exactly 44 characters A–Z, 0–9 or &lt;</source>
      <translation>each MRZ line must be exactly 44 characters A–Z, 0–9 or &lt;</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="66" />
      <source>has no visible character (only {code}): write it out or leave it empty</source>
      <translation>has no visible character (only {code}): write it out or leave it empty</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="74" />
      <source>has {count} cells where the header has {columns}</source>
      <translation>has {count} cells where the header has {columns}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="54" />
      <source>has {count} items; at most {limit} are allowed</source>
      <translation>has {count} items; at most {limit} are allowed</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="25" />
      <source>is given twice: give a field once</source>
      <translation>is given twice: give a field once</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="22" />
      <source>is not a field of kvisa-application/1 (check the spelling)</source>
      <translation>is not a field of kvisa-application/1 (check the spelling)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="21" />
      <source>is required</source>
      <translation>is required</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="53" />
      <source>is {length} characters long; at most {limit} are allowed</source>
      <translation>is {length} characters long; at most {limit} are allowed</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="71" />
      <source>must be a JSON object { … }</source>
      <translation>must be a JSON object { … }</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="35" />
      <source>must be a date written YYYY-MM-DD</source>
      <translation>must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="73" />
      <source>must be a list [ … ]</source>
      <translation>must be a list [ … ]</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="30" />
      <source>must be a number without quotes: {example}</source>
      <translation>must be a number without quotes: {example}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="29" />
      <source>must be a number without quotes: {number}, not "{quoted}"</source>
      <translation>must be a number without quotes: {number}, not "{quoted}"</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="76" />
      <source>must be a path relative to the imported file, not an absolute path</source>
      <translation>must be a path relative to the imported file, not an absolute path</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="31" />
      <source>must be a whole number, such as 90</source>
      <translation>must be a whole number, such as 90</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="72" />
      <source>must be an object { … }</source>
      <translation>must be an object { … }</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="55" />
      <source>must be between 1 and {limit} days</source>
      <translation>must be between 1 and {limit} days</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="27" />
      <source>must be text in double quotes</source>
      <translation>must be text in double quotes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="26" />
      <source>must be text in double quotes, not {value}</source>
      <translation>must be text in double quotes, not {value}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="89" />
      <source>must be the two 44-character lines of the passport's MRZ</source>
      <translation>must be the two 44-character lines of the passport's MRZ</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="33" />
      <source>must be true or false</source>
      <translation>must be true or false</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="32" />
      <source>must be true or false, not {value}</source>
      <translation>must be true or false, not {value}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="47" />
      <source>must be two to four digits (0–9) of ISCED-F 2013, such as 0713</source>
      <translation>must be two to four digits (0–9) of ISCED-F 2013, such as 0713</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="70" />
      <source>must not be empty</source>
      <translation>must not be empty</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="69" />
      <source>must not be empty (it holds only invisible characters)</source>
      <translation>must not be empty (it holds only invisible characters)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="75" />
      <source>points outside the imported file's folder</source>
      <translation>points outside the imported file's folder</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="37" />
      <source>{date} is before 1900: check the date of birth</source>
      <translation>{date} is before 1900: check the date of birth</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="41" />
      <source>{date} is in the future (today is {today})</source>
      <translation>{date} is in the future (today is {today})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="38" />
      <source>{date} is not before the application was received ({received})</source>
      <translation>{date} is not before the application was received ({received})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="42" />
      <source>{date} is not before the expiry date ({expiry})</source>
      <translation>{date} is not before the expiry date ({expiry})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="36" />
      <source>{value} is not a date in the calendar</source>
      <translation>{value} is not a date in the calendar</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="44" />
      <source>{value} is not an ISO 3166-1 alpha-2 or alpha-3 country code</source>
      <translation>{value} is not an ISO 3166-1 alpha-2 or alpha-3 country code</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="43" />
      <source>{value} is not an ISO 3166-1 alpha-3 or ICAO country code</source>
      <translation>{value} is not an ISO 3166-1 alpha-3 or ICAO country code</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="34" />
      <source>{value} is not one of {choices}</source>
      <translation>{value} is not one of {choices}</translation>
    </message>
  </context>
  <context>
    <name>ImportResult</name>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="160" />
      <source>Application</source>
      <translation>Application</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="24" />
      <source>Changed, not applied</source>
      <translation>Changed, not applied</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="161" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="138" />
      <source>Import of {file}</source>
      <translation>Import of {file}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="26" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="119" />
      <source>Imported: {imported} · Unchanged: {unchanged} · Changed, not applied: {changed} · Rejected: {rejected}</source>
      <translation>Imported: {imported} · Unchanged: {unchanged} · Changed, not applied: {changed} · Rejected: {rejected}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="158" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="159" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="23" />
      <source>Rejected</source>
      <translation>Rejected</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="25" />
      <source>Unchanged</source>
      <translation>Unchanged</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="162" />
      <source>What it means</source>
      <translation>What it means</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="101" />
      <source>already case {case}, the same</source>
      <translation>already case {case}, the same</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="33" />
      <source>an earlier record of this file differs</source>
      <translation>an earlier record of this file differs</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="88" />
      <source>differs from an earlier record of this file</source>
      <translation>differs from an earlier record of this file</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="86" />
      <source>differs from case {case}; an officer must decide</source>
      <translation>differs from case {case}; an officer must decide</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="32" />
      <source>formatting only</source>
      <translation>formatting only</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="102" />
      <source>now case {case}</source>
      <translation>now case {case}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="107" />
      <source>the same as an earlier record of this file</source>
      <translation>the same as an earlier record of this file</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="30" />
      <source>the whole record</source>
      <translation>the whole record</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="31" />
      <source>the whole row</source>
      <translation>the whole row</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="149" />
      <source>{count} more records and problems are counted, not listed.</source>
      <translation>{count} more records and problems are counted, not listed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="68" />
      <source>{file}, line {line}</source>
      <translation>{file}, line {line}</translation>
    </message>
  </context>
  <context>
    <name>ImportResultDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="126" />
      <source>&amp;Copy the list</source>
      <translation>&amp;Copy the list</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="128" />
      <source>&amp;Save the list…</source>
      <translation>&amp;Save the list…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="195" />
      <source>A changed record is an application already here with other content: the case was left as it is; an officer decides what to correct in the case.</source>
      <translation>A changed record is an application already here with other content: the case was left as it is; an officer decides what to correct in the case.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="88" />
      <source>Every record</source>
      <translation>Every record</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="67" />
      <source>Import of {file}</source>
      <translation>Import of {file}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="244" />
      <source>Not saved: {path}: {reason}</source>
      <translation>Not saved: {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="166" />
      <source>Nothing new was imported from {file}: each record was imported before and is unchanged, or is marked rejected or changed below.</source>
      <translation>Nothing new was imported from {file}: each record was imported before and is unchanged, or is marked rejected or changed below.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="161" />
      <source>Nothing was imported from {file}: every record in it was imported before and is unchanged.</source>
      <translation>Nothing was imported from {file}: every record in it was imported before and is unchanged.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="89" />
      <source>Problems only (rejected and changed)</source>
      <translation>Problems only (rejected and changed)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="97" />
      <source>Records of the import</source>
      <translation>Records of the import</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="188" />
      <source>Rejected records were not imported: correct them in the file (or ask the sender to) and import it again.</source>
      <translation>Rejected records were not imported: correct them in the file (or ask the sender to) and import it again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="232" />
      <source>Save the list of the import</source>
      <translation>Save the list of the import</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="91" />
      <source>Sho&amp;w:</source>
      <translation>Sho&amp;w:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="130" />
      <source>Show the &amp;imported cases</source>
      <translation>Show the &amp;imported cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="234" />
      <source>Text files (*.txt)</source>
      <translation>Text files (*.txt)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="180" />
      <source>The first {count} records were read and are kept whole; nothing after them was read. Import the file again to finish: the records already imported will be counted as unchanged.</source>
      <translation>The first {count} records were read and are kept whole; nothing after them was read. Import the file again to finish: the records already imported will be counted as unchanged.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="157" />
      <source>The import was stopped: {file} was not read to the end.</source>
      <translation>The import was stopped: {file} was not read to the end.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="247" />
      <source>The list was saved to {path}.</source>
      <translation>The list was saved to {path}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="116" />
      <source>What each message means: the import file format</source>
      <translation>What each message means: the import file format</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="203" />
      <source>{count} more records and problems are counted, not listed.</source>
      <translation>{count} more records and problems are counted, not listed.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="171" />
      <source>{file} was imported whole.</source>
      <translation>{file} was imported whole.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="172" />
      <source>{file} was imported, except the records below marked rejected or changed.</source>
      <translation>{file} was imported, except the records below marked rejected or changed.</translation>
    </message>
  </context>
  <context>
    <name>InboxWatch</name>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="172" />
      <source>Checking the inbox…</source>
      <translation>Checking the inbox…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="133" />
      <source>Choose File ▸ Inbox folder…, or set {variable}.</source>
      <translation>Choose File ▸ Inbox folder…, or set {variable}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="78" />
      <source>Inbo&amp;x folder…</source>
      <translation>Inbo&amp;x folder…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="142" />
      <source>Inbox folder</source>
      <translation>Inbox folder</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="181" />
      <source>Inbox {time}: {imported} imported, {refused} rejected, {waiting} waiting</source>
      <translation>Inbox {time}: {imported} imported, {refused} rejected, {waiting} waiting</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="203" />
      <source>Inbox: cannot be used</source>
      <translation>Inbox: cannot be used</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="131" />
      <source>Inbox: not set</source>
      <translation>Inbox: not set</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="136" />
      <source>Inbox: watching</source>
      <translation>Inbox: watching</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="80" />
      <source>The folder this computer imports applications from</source>
      <translation>The folder this computer imports applications from</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="194" />
      <source>The inbox refused {count} submissions: see its rejected folder.</source>
      <translation>The inbox refused {count} submissions: see its rejected folder.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="47" />
      <source>already imported before</source>
      <translation>already imported before</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="44" />
      <source>imported</source>
      <translation>imported</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="45" />
      <source>imported after an interrupted pass</source>
      <translation>imported after an interrupted pass</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="46" />
      <source>refused</source>
      <translation>refused</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="58" />
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="46" />
      <source>&amp;Country:</source>
      <translation>&amp;Country:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="45" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="48" />
      <source>&amp;Tier:</source>
      <translation>&amp;Tier:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="31" />
      <source>Add a research institution</source>
      <translation>Add a research institution</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="47" />
      <source>Web &amp;domains:</source>
      <translation>Web &amp;domains:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="37" />
      <source>e.g. DE or DEU</source>
      <translation>e.g. DE or DEU</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="40" />
      <source>e.g. mpg.de, mpq.mpg.de</source>
      <translation>e.g. mpg.de, mpq.mpg.de</translation>
    </message>
  </context>
  <context>
    <name>IssueConfirmation</name>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_confirm.py" line="46" />
      <source>&amp;Issue letter</source>
      <translation>&amp;Issue letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_confirm.py" line="42" />
      <source>Draft of the letter</source>
      <translation>Draft of the letter</translation>
    </message>
  </context>
  <context>
    <name>KVisaDesk</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/app.py" line="135" />
      <source>Database upgraded; the previous copy is at {path}</source>
      <translation>Database upgraded; the previous copy is at {path}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/app.py" line="101" />
      <source>KVisa Desk cannot open the database</source>
      <translation>KVisa Desk cannot open the database</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/app.py" line="104" />
      <source>The database could not be opened:
{error}

Check --db or --db-url.</source>
      <translation>The database could not be opened:
{error}

Check --db or --db-url.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/app.py" line="107" />
      <source>The database could not be opened: the server {host} cannot be reached. Check the network, or ask the administrator whether the server is running; then start KVisa Desk again.</source>
      <translation>The database could not be opened: the server {host} cannot be reached. Check the network, or ask the administrator whether the server is running; then start KVisa Desk again.</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/language_dialog.py" line="22" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/language_dialog.py" line="30" />
      <source>The windows change language at once; unsaved edits stay as they are.</source>
      <translation>The windows change language at once; unsaved edits stay as they are.</translation>
    </message>
  </context>
  <context>
    <name>LetterIssueForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="63" />
      <source>&amp;Issue letter</source>
      <translation>&amp;Issue letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="80" />
      <source>&amp;Letter:</source>
      <translation>&amp;Letter:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="61" />
      <source>As a &amp;correction of the selected letter</source>
      <translation>As a &amp;correction of the selected letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="65" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="81" />
      <source>Inter&amp;view:</source>
      <translation>Inter&amp;view:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="52" />
      <source>Interview date and time</source>
      <translation>Interview date and time</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="59" />
      <source>Interview place</source>
      <translation>Interview place</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="37" />
      <source>Issue a letter</source>
      <translation>Issue a letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="41" />
      <source>Kind of letter</source>
      <translation>Kind of letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="47" />
      <source>Language of the letter</source>
      <translation>Language of the letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="60" />
      <source>Where the applicant should come</source>
      <translation>Where the applicant should come</translation>
    </message>
  </context>
  <context>
    <name>LetterPreview</name>
    <message>
      <location filename="../../kvisa_desk/ui/letters/preview.py" line="121" />
      <source>Choose a letter to see it as it was issued.</source>
      <translation>Choose a letter to see it as it was issued.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/preview.py" line="106" />
      <source>Letter preview</source>
      <translation>Letter preview</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/preview.py" line="153" />
      <source>Page {n} of {total}</source>
      <translation>Page {n} of {total}</translation>
    </message>
  </context>
  <context>
    <name>LettersTab</name>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="428" />
      <source>%n page</source>
      <translation>
        <numerusform>%n page</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="430" />
      <source>%n pages</source>
      <translation>
        <numerusform>%n pages</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="120" />
      <source>&amp;Print…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="125" />
      <source>&amp;Verify a letter file…</source>
      <translation>&amp;Verify a letter file…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="393" />
      <source>Already issued on this case: {kind} {reference} of {date}. A second one is issued only as a correction: the new letter says it replaces {reference}, which is kept and marked as replaced. If you do not mean to correct it, choose Cancel.</source>
      <translation>Already issued on this case: {kind} {reference} of {date}. A second one is issued only as a correction: the new letter says it replaces {reference}, which is kept and marked as replaced. If you do not mean to correct it, choose Cancel.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="297" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="107" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="308" />
      <source>Drawing the letter…</source>
      <translation>Drawing the letter…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="378" />
      <source>Issue letter</source>
      <translation>Issue letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="383" />
      <source>Issue this letter? It is numbered, kept and cannot be withdrawn.</source>
      <translation>Issue this letter? It is numbered, kept and cannot be withdrawn.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="432" />
      <source>Issued {reference} ({kind}, {pages}).</source>
      <translation>Issued {reference} ({kind}, {pages}).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="445" />
      <source>Issuing the letter…</source>
      <translation>Issuing the letter…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="105" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="386" />
      <source>Kind: {kind}</source>
      <translation>Kind: {kind}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="106" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="387" />
      <source>Language: {language}</source>
      <translation>Language: {language}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="199" />
      <source>Letters cannot be shown: {reason}</source>
      <translation>Letters cannot be shown: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="114" />
      <source>Letters issued on this case</source>
      <translation>Letters issued on this case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="250" />
      <source>No letter has been issued on this case yet.</source>
      <translation>No letter has been issued on this case yet.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="363" />
      <source>Not issued: you cancelled it.</source>
      <translation>Not issued: you cancelled it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="368" />
      <source>Not issued: {reason}</source>
      <translation>Not issued: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="55" />
      <source>Not printed: {reason}</source>
      <translation>Not printed: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="72" />
      <source>Not saved: {reason}</source>
      <translation>Not saved: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="92" />
      <source>Not verified: {reason}</source>
      <translation>Not verified: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="108" />
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="485" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="372" />
      <source>Preparing the letter…</source>
      <translation>Preparing the letter…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="468" />
      <source>Print the letter</source>
      <translation>Print the letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="57" />
      <source>Printing {reference}…</source>
      <translation>Printing {reference}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="384" />
      <source>Read the draft first: the letter will say exactly this, with its number.</source>
      <translation>Read the draft first: the letter will say exactly this, with its number.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="158" />
      <source>Reading the letters…</source>
      <translation>Reading the letters…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="104" />
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="388" />
      <source>Reference to be taken: {reference}</source>
      <translation>Reference to be taken: {reference}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="110" />
      <source>Replaced by</source>
      <translation>Replaced by</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="109" />
      <source>Replaces</source>
      <translation>Replaces</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="405" />
      <source>Replaces: {reference}</source>
      <translation>Replaces: {reference}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="122" />
      <source>Save as P&amp;DF…</source>
      <translation>Save as P&amp;DF…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="484" />
      <source>Save the letter as PDF</source>
      <translation>Save the letter as PDF</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="69" />
      <source>Saved {reference} as {path}.</source>
      <translation>Saved {reference} as {path}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="74" />
      <source>Saving {reference}…</source>
      <translation>Saving {reference}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="51" />
      <source>Sent {reference} to {printer}: {pages} page(s).</source>
      <translation>Sent {reference} to {printer}: {pages} page(s).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="321" />
      <source>The letter cannot be shown: {reason}</source>
      <translation>The letter cannot be shown: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="286" />
      <source>This case is closed: no letter can be issued on it.</source>
      <translation>This case is closed: no letter can be issued on it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="292" />
      <source>This case is finished: its letter has been issued. To correct a letter, select it and tick “As a correction of the selected letter”.</source>
      <translation>This case is finished: its letter has been issued. To correct a letter, select it and tick “As a correction of the selected letter”.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="288" />
      <source>This case was withdrawn: no letter can be issued on it.</source>
      <translation>This case was withdrawn: no letter can be issued on it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="498" />
      <source>Verify a letter file</source>
      <translation>Verify a letter file</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="94" />
      <source>Verifying {file}…</source>
      <translation>Verifying {file}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="219" />
      <source>Your role does not issue letters.</source>
      <translation>Your role does not issue letters.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="88" />
      <source>{file}: {result}</source>
      <translation>{file}: {result}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="278" />
      <source> — {names} need a one-time password to sign in (Administration ▸ Accounts)</source>
      <translation> — {names} need a one-time password to sign in (Administration ▸ Accounts)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="143" />
      <source>&amp;About KVisa Desk</source>
      <translation>&amp;About KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="123" />
      <source>&amp;Administration</source>
      <translation>&amp;Administration</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="128" />
      <source>&amp;Audit trail…</source>
      <translation>&amp;Audit trail…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="76" />
      <source>&amp;Case</source>
      <translation>&amp;Case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="108" />
      <source>&amp;Columns</source>
      <translation>&amp;Columns</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="52" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="135" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="138" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="119" />
      <source>&amp;Language…</source>
      <translation>&amp;Language…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="78" />
      <source>&amp;Next case</source>
      <translation>&amp;Next case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="77" />
      <source>&amp;Open case</source>
      <translation>&amp;Open case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="126" />
      <source>&amp;Post settings…</source>
      <translation>&amp;Post settings…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="79" />
      <source>&amp;Previous case</source>
      <translation>&amp;Previous case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="110" />
      <source>&amp;Queues</source>
      <translation>&amp;Queues</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="57" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="55" />
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="96" />
      <source>&amp;Run checks</source>
      <translation>&amp;Run checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="81" />
      <source>&amp;Search</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="102" />
      <source>&amp;Stop checking</source>
      <translation>&amp;Stop checking</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="86" />
      <source>&amp;Unassign selected</source>
      <translation>&amp;Unassign selected</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="107" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="280" />
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="520" />
      <source>; {count} finished cases left as they were</source>
      <translation>; {count} finished cases left as they were</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="124" />
      <source>A&amp;ccounts…</source>
      <translation>A&amp;ccounts…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="103" />
      <source>About KVisa Desk</source>
      <translation>About KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="78" />
      <source>Alt+Down</source>
      <translation>Alt+Down</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="79" />
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="84" />
      <source>Assign selected to &amp;me</source>
      <translation>Assign selected to &amp;me</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="525" />
      <source>Assigning {count} cases…</source>
      <translation>Assigning {count} cases…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="442" />
      <source>Case not found</source>
      <translation>Case not found</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="95" />
      <source>Chec&amp;ks</source>
      <translation>Chec&amp;ks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="100" />
      <source>Check &amp;all cases</source>
      <translation>Check &amp;all cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="98" />
      <source>Check the selected cases against the rules</source>
      <translation>Check the selected cases against the rules</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="84" />
      <source>Ctrl+M</source>
      <translation>Ctrl+M</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="77" />
      <source>Ctrl+O</source>
      <translation>Ctrl+O</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="57" />
      <source>Ctrl+Q</source>
      <translation>Ctrl+Q</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="96" />
      <source>Ctrl+R</source>
      <translation>Ctrl+R</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="124" />
      <source>Ctrl+Shift+K</source>
      <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="70" />
      <source>Ctrl+Shift+L</source>
      <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="100" />
      <source>Ctrl+Shift+R</source>
      <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="128" />
      <source>Ctrl+Shift+T</source>
      <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="68" />
      <source>Ctrl+Shift+W</source>
      <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="274" />
      <source>Database encrypted; the unencrypted copy is kept beside it as {name}</source>
      <translation>Database encrypted; the unencrypted copy is kept beside it as {name}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/status_bar.py" line="53" />
      <source>Database: {location}</source>
      <translation>Database: {location}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="320" />
      <source>Drop one application file at a time; {file} is imported now.</source>
      <translation>Drop one application file at a time; {file} is imported now.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="141" />
      <source>Forgotten &amp;password…</source>
      <translation>Forgotten &amp;password…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="319" />
      <source>Import applications</source>
      <translation>Import applications</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="127" />
      <source>Institution &amp;registry…</source>
      <translation>Institution &amp;registry…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="445" />
      <source>KVisa Desk</source>
      <translation>KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="104" />
      <source>KVisa Desk {version}

Case management for consular officers processing China's K visa.</source>
      <translation>KVisa Desk {version}

Case management for consular officers processing China's K visa.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="53" />
      <source>Load &amp;demo cases…</source>
      <translation>Load &amp;demo cases…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="494" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="129" />
      <source>Post &amp;key…</source>
      <translation>Post &amp;key…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="68" />
      <source>S&amp;witch user…</source>
      <translation>S&amp;witch user…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="494" />
      <source>Save search</source>
      <translation>Save search</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="70" />
      <source>Sign &amp;out</source>
      <translation>Sign &amp;out</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/status_bar.py" line="61" />
      <source>Signed in: {name} ({role})</source>
      <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="591" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="518" />
      <source>{count} cases assigned</source>
      <translation>{count} cases assigned</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="542" />
      <source>{imported} demo cases added ({unchanged} already there)</source>
      <translation>{imported} demo cases added ({unchanged} already there)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="611" />
      <source>{name} ({role})</source>
      <translation>{name} ({role})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="618" />
      <source>{who} — database not encrypted</source>
      <translation>{who} — database not encrypted</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="616" />
      <source>{who} — encrypted database</source>
      <translation>{who} — encrypted database</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="63" />
      <source>&amp;Add note</source>
      <translation>&amp;Add note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="55" />
      <source>A new note (Ctrl+Enter adds it). Notes cannot be changed afterwards: a correction is a new note.</source>
      <translation>A new note (Ctrl+Enter adds it). Notes cannot be changed afterwards: a correction is a new note.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="114" />
      <source>Adding the note…</source>
      <translation>Adding the note…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="53" />
      <source>New note</source>
      <translation>New note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="43" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="46" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="43" />
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="127" />
      <source>The note was not added: {reason}</source>
      <translation>The note was not added: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="43" />
      <source>Written</source>
      <translation>Written</translation>
    </message>
  </context>
  <context>
    <name>OneTimePasswordDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="156" />
      <source>Give this password to {name} in person. It is shown only this once; at first sign-in they must choose their own. Until then, and for 24 hours after, their sign-offs and approvals are flagged to supervisors.</source>
      <translation>Give this password to {name} in person. It is shown only this once; at first sign-in they must choose their own. Until then, and for 24 hours after, their sign-offs and approvals are flagged to supervisors.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="153" />
      <source>One-time password</source>
      <translation>One-time password</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="85" />
      <source>&amp;Override</source>
      <translation>&amp;Override</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="73" />
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="47" />
      <source>About:</source>
      <translation>About:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="49" />
      <source>Finding:</source>
      <translation>Finding:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="48" />
      <source>Now:</source>
      <translation>Now:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="42" />
      <source>Override a result – {case}</source>
      <translation>Override a result – {case}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="67" />
      <source>Reason for the override</source>
      <translation>Reason for the override</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="45" />
      <source>Rule:</source>
      <translation>Rule:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="62" />
      <source>Treat as:</source>
      <translation>Treat as:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="69" />
      <source>Why this result should count as the outcome chosen (required)</source>
      <translation>Why this result should count as the outcome chosen (required)</translation>
    </message>
  </context>
  <context>
    <name>PasswordTable</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="68" />
      <source>Copy</source>
      <translation>Copy</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="70" />
      <source>Copy the password of {name}</source>
      <translation>Copy the password of {name}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="54" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="54" />
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="54" />
      <source>Username</source>
      <translation>Username</translation>
    </message>
  </context>
  <context>
    <name>PostKeyDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="70" />
      <source>&amp;Export to a file…</source>
      <translation>&amp;Export to a file…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="68" />
      <source>&amp;Generate the post key…</source>
      <translation>&amp;Generate the post key…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="69" />
      <source>&amp;Import from a file…</source>
      <translation>&amp;Import from a file…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="140" />
      <source>Export the post key</source>
      <translation>Export the post key</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="182" />
      <source>Export the post key to a file? Whoever holds the file and a copy of the database can read every document: keep it as safe as the database itself (only your account can read the file).</source>
      <translation>Export the post key to a file? Whoever holds the file and a copy of the database can read every document: keep it as safe as the database itself (only your account can read the file).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="163" />
      <source>Generate the post key</source>
      <translation>Generate the post key</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="158" />
      <source>Generate the post key for this database? Documents attached from now on are sealed with it; export it to every computer of the post and to the backups, since without it they cannot be read.</source>
      <translation>Generate the post key for this database? Documents attached from now on are sealed with it; export it to every computer of the post and to the backups, since without it they cannot be read.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="133" />
      <source>Import the post key</source>
      <translation>Import the post key</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="53" />
      <source>On a PostgreSQL server every document is stored sealed with the post key. The key is kept on each computer, never in the database: a computer without it can neither attach nor open documents. Export it to every computer of the post and keep a copy with the database backups.</source>
      <translation>On a PostgreSQL server every document is stored sealed with the post key. The key is kept on each computer, never in the database: a computer without it can neither attach nor open documents. Export it to every computer of the post and keep a copy with the database backups.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="49" />
      <source>Post key</source>
      <translation>Post key</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="141" />
      <source>Post key files (*.key)</source>
      <translation>Post key files (*.key)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="134" />
      <source>Post key files (*.key);;All files (*)</source>
      <translation>Post key files (*.key);;All files (*)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="168" />
      <source>Post key {fingerprint} generated and kept on this computer.</source>
      <translation>Post key {fingerprint} generated and kept on this computer.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="178" />
      <source>Post key {fingerprint} imported: documents can be attached and opened here.</source>
      <translation>Post key {fingerprint} imported: documents can be attached and opened here.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="195" />
      <source>Post key {fingerprint} written to {path}.</source>
      <translation>Post key {fingerprint} written to {path}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="203" />
      <source>Post key…</source>
      <translation>Post key…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="97" />
      <source>Reading the post key…</source>
      <translation>Reading the post key…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="112" />
      <source>The file in the post key's place on this computer is not a post key. Import the post key again from a computer that has it.</source>
      <translation>The file in the post key's place on this computer is not a post key. Import the post key again from a computer that has it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="121" />
      <source>This computer does not have the post key (fingerprint {fingerprint}), so documents cannot be attached or opened here. Export it on a computer that has it, then import that file here.</source>
      <translation>This computer does not have the post key (fingerprint {fingerprint}), so documents cannot be attached or opened here. Export it on a computer that has it, then import that file here.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="117" />
      <source>This computer has the post key (fingerprint {fingerprint}).</source>
      <translation>This computer has the post key (fingerprint {fingerprint}).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="126" />
      <source>This database has no post key yet, so no document can be attached. Generate it once for the post, then export it to the other computers.</source>
      <translation>This database has no post key yet, so no document can be attached. Generate it once for the post, then export it to the other computers.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="107" />
      <source>This database is a file on this computer: its own key seals its documents. The post key is only for a PostgreSQL server.</source>
      <translation>This database is a file on this computer: its own key seals its documents. The post key is only for a PostgreSQL server.</translation>
    </message>
  </context>
  <context>
    <name>PostSettingsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="66" />
      <source>&amp;Post:</source>
      <translation>&amp;Post:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="137" />
      <source>Back to {value}</source>
      <translation>Back to {value}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="135" />
      <source>Default</source>
      <translation>Default</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="211" />
      <source>Not saved: {reason}</source>
      <translation>Not saved: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="71" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="63" />
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="56" />
      <source>Post settings</source>
      <translation>Post settings</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="196" />
      <source>Saving the post settings…</source>
      <translation>Saving the post settings…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="127" />
      <source>The published sources do not settle this value.</source>
      <translation>The published sources do not settle this value.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="169" />
      <source>Version 0: the rule pack's defaults, never changed at this post</source>
      <translation>Version 0: the rule pack's defaults, never changed at this post</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="171" />
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="126" />
      <source>{name}  [ASSUMPTION]</source>
      <translation>{name}  [ASSUMPTION]</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/qt_texts.py" line="13" />
      <source>Folder</source>
      <translation>Folder</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/qt_texts.py" line="11" />
      <source>&amp;Look in:</source>
      <translation>&amp;Look in:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/qt_texts.py" line="12" />
      <source>Files of &amp;type:</source>
      <translation>Files of &amp;type:</translation>
    </message>
  </context>
  <context>
    <name>QueuesPanel</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="36" />
      <source>All cases</source>
      <translation>All cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="32" />
      <source>Awaiting documents</source>
      <translation>Awaiting documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="34" />
      <source>Awaiting sign-off</source>
      <translation>Awaiting sign-off</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="35" />
      <source>Decided</source>
      <translation>Decided</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="30" />
      <source>My cases</source>
      <translation>My cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="52" />
      <source>Queues</source>
      <translation>Queues</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="33" />
      <source>Ready for decision</source>
      <translation>Ready for decision</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="64" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="62" />
      <source>Save search…</source>
      <translation>Save search…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="59" />
      <source>Saved searches</source>
      <translation>Saved searches</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="31" />
      <source>Unassigned</source>
      <translation>Unassigned</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyBanner</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/read_only_banner.py" line="48" />
      <source>Read-only: this database was opened read-only. You can look at cases and documents, but nothing can be saved here — no edits, imports, checks, decisions, letters or exports — and case views cannot be recorded in the audit trail. Open the database writable to work on cases.</source>
      <translation>Read-only: this database was opened read-only. You can look at cases and documents, but nothing can be saved here — no edits, imports, checks, decisions, letters or exports — and case views cannot be recorded in the audit trail. Open the database writable to work on cases.</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/case_form.py" line="76" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="48" />
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="49" />
      <source>Why (required; kept in the case's history)</source>
      <translation>Why (required; kept in the case's history)</translation>
    </message>
  </context>
  <context>
    <name>RecommendForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="134" />
      <source> days</source>
      <translation> days</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="97" />
      <source>&amp;Approve</source>
      <translation>&amp;Approve</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="156" />
      <source>&amp;Documents:</source>
      <translation>&amp;Documents:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="149" />
      <source>&amp;Entries:</source>
      <translation>&amp;Entries:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="179" />
      <source>&amp;Record recommendation</source>
      <translation>&amp;Record recommendation</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="151" />
      <source>&amp;Stay:</source>
      <translation>&amp;Stay:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="150" />
      <source>&amp;Validity:</source>
      <translation>&amp;Validity:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="157" />
      <source>Also invite to an &amp;interview:</source>
      <translation>Also invite to an &amp;interview:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="145" />
      <source>Blank: the documents the checks found missing</source>
      <translation>Blank: the documents the checks found missing</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="276" />
      <source>Choose approve, refuse or request documents.</source>
      <translation>Choose approve, refuse or request documents.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="181" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="144" />
      <source>Documents to request</source>
      <translation>Documents to request</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="136" />
      <source>Duration of each stay</source>
      <translation>Duration of each stay</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="130" />
      <source>Entries</source>
      <translation>Entries</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="115" />
      <source>Grounds from the latest check results</source>
      <translation>Grounds from the latest check results</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="161" />
      <source>Interview date and time</source>
      <translation>Interview date and time</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="168" />
      <source>Interview place</source>
      <translation>Interview place</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="98" />
      <source>Re&amp;fuse</source>
      <translation>Re&amp;fuse</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="99" />
      <source>Re&amp;quest documents</source>
      <translation>Re&amp;quest documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="119" />
      <source>Reasoning</source>
      <translation>Reasoning</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="191" />
      <source>Reasoning:</source>
      <translation>Reasoning:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="91" />
      <source>Recommend</source>
      <translation>Recommend</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="155" />
      <source>Reply &amp;by:</source>
      <translation>Reply &amp;by:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="139" />
      <source>Reply by</source>
      <translation>Reply by</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="135" />
      <source>Validity</source>
      <translation>Validity</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="342" />
      <source>Warning: {text}</source>
      <translation>Warning: {text}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="121" />
      <source>What in this case leads to the recommendation: facts, documents, results.</source>
      <translation>What in this case leads to the recommendation: facts, documents, results.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="169" />
      <source>Where the applicant should come</source>
      <translation>Where the applicant should come</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="226" />
      <source>{now} (overridden from {was})</source>
      <translation>{now} (overridden from {was})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="131" />
      <source>— choose —</source>
      <translation>— choose —</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="86" />
      <source>I have kept it safe</source>
      <translation>I have kept it safe</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="61" />
      <source>Letters A–Z and digits 2–7 only: O is always the letter O and I the letter I (the key has no 0 or 1).</source>
      <translation>Letters A–Z and digits 2–7 only: O is always the letter O and I the letter I (the key has no 0 or 1).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="81" />
      <source>Print…</source>
      <translation>Print…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="57" />
      <source>Recovery key</source>
      <translation>Recovery key</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="132" />
      <source>Recovery key not saved</source>
      <translation>Recovery key not saved</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="37" />
      <source>Recovery key of this database</source>
      <translation>Recovery key of this database</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="123" />
      <source>Save the recovery key</source>
      <translation>Save the recovery key</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="78" />
      <source>Save to file…</source>
      <translation>Save to file…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="141" />
      <source>Saved to {path}. If that is on this computer, copy it to a USB stick and delete it here.</source>
      <translation>Saved to {path}. If that is on this computer, copy it to a USB stick and delete it here.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="133" />
      <source>The file could not be written ({error}); choose another place.</source>
      <translation>The file could not be written ({error}); choose another place.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="40" />
      <source>This database is encrypted: only its accounts' own passwords open it. If every administrator password is lost, this recovery key is the only way in (kvisa-desk db unlock ADMIN --recovery-key-file FILE; the saved file and the printout say how). It is shown only this once: save it to a USB stick or print it, and keep it locked away from this computer.</source>
      <translation>This database is encrypted: only its accounts' own passwords open it. If every administrator password is lost, this recovery key is the only way in (kvisa-desk db unlock ADMIN --recovery-key-file FILE; the saved file and the printout say how). It is shown only this once: save it to a USB stick or print it, and keep it locked away from this computer.</translation>
    </message>
  </context>
  <context>
    <name>Registry</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="21" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="70" />
      <source>First entry</source>
      <translation>First entry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="23" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="20" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="26" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="71" />
      <source>Second entry</source>
      <translation>Second entry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="25" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="22" />
      <source>Tier</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="24" />
      <source>Web domains</source>
      <translation>Web domains</translation>
    </message>
  </context>
  <context>
    <name>RegistryEditor</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="91" />
      <source>&amp;Add research institution…</source>
      <translation>&amp;Add research institution…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="126" />
      <source>&amp;Entries</source>
      <translation>&amp;Entries</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="114" />
      <source>&amp;Merge second into first</source>
      <translation>&amp;Merge second into first</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="102" />
      <source>A name or abbreviation, e.g. UNILAG</source>
      <translation>A name or abbreviation, e.g. UNILAG</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="349" />
      <source>Changing the registry…</source>
      <translation>Changing the registry…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="78" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="127" />
      <source>D&amp;uplicates</source>
      <translation>D&amp;uplicates</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="213" />
      <source>D&amp;uplicates (looking…)</source>
      <translation>D&amp;uplicates (looking…)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="209" />
      <source>D&amp;uplicates ({count})</source>
      <translation>D&amp;uplicates ({count})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="67" />
      <source>Institution registry</source>
      <translation>Institution registry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="214" />
      <source>Looking for duplicate names…</source>
      <translation>Looking for duplicate names…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="116" />
      <source>Merge first into &amp;second</source>
      <translation>Merge first into &amp;second</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="103" />
      <source>Name to register or remove</source>
      <translation>Name to register or remove</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="266" />
      <source>Names registered for {name}: {names}</source>
      <translation>Names registered for {name}: {names}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="247" />
      <source>No. {dup} merged into No. {keep} ({name}).</source>
      <translation>No. {dup} merged into No. {keep} ({name}).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="89" />
      <source>Raise to &amp;recognised</source>
      <translation>Raise to &amp;recognised</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="105" />
      <source>Re&amp;gister name</source>
      <translation>Re&amp;gister name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="108" />
      <source>Remo&amp;ve name</source>
      <translation>Remo&amp;ve name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="72" />
      <source>Search names, e.g. Lagos</source>
      <translation>Search names, e.g. Lagos</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="74" />
      <source>Search the registry</source>
      <translation>Search the registry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="256" />
      <source>Select an institution to see the names registered for it.</source>
      <translation>Select an institution to see the names registered for it.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="165" />
      <source>These entries share one name in one country, so an application naming that institution matches both and stays in review. Merge each pair into the entry to keep; the other stops matching and its web domains join the kept entry.</source>
      <translation>These entries share one name in one country, so an application naming that institution matches both and stays in review. Merge each pair into the entry to keep; the other stops matching and its web domains join the kept entry.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="264" />
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="282" />
      <source>{alias} registered for {name}.</source>
      <translation>{alias} registered for {name}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="285" />
      <source>{alias} removed from {name}.</source>
      <translation>{alias} removed from {name}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="313" />
      <source>{name} added.</source>
      <translation>{name} added.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="238" />
      <source>{name} is now recognised.</source>
      <translation>{name} is now recognised.</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="97" />
      <source>Not for your role ({role}): only accounts that may {what}.</source>
      <translation>Not for your role ({role}): only accounts that may {what}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="58" />
      <source>administrator</source>
      <translation>administrator</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="49" />
      <source>change the institution registry</source>
      <translation>change the institution registry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="48" />
      <source>change the post's settings</source>
      <translation>change the post's settings</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="47" />
      <source>export case data</source>
      <translation>export case data</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="41" />
      <source>import applications</source>
      <translation>import applications</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="46" />
      <source>issue letters</source>
      <translation>issue letters</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="51" />
      <source>manage accounts</source>
      <translation>manage accounts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="69" />
      <source>no active account</source>
      <translation>no active account</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="56" />
      <source>officer</source>
      <translation>officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="43" />
      <source>override a rule result</source>
      <translation>override a rule result</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="53" />
      <source>purge cases past retention</source>
      <translation>purge cases past retention</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="44" />
      <source>record a recommendation</source>
      <translation>record a recommendation</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="42" />
      <source>run the eligibility checks</source>
      <translation>run the eligibility checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="45" />
      <source>sign off a recommendation</source>
      <translation>sign off a recommendation</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="57" />
      <source>supervisor</source>
      <translation>supervisor</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="52" />
      <source>upgrade, back up or restore the database</source>
      <translation>upgrade, back up or restore the database</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="39" />
      <source>view cases</source>
      <translation>view cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="50" />
      <source>view the audit trail</source>
      <translation>view the audit trail</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="40" />
      <source>work on cases</source>
      <translation>work on cases</translation>
    </message>
  </context>
  <context>
    <name>SendDecisions</name>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="83" />
      <source>Batch {number} of {post} written to {folder}: {records} decisions.</source>
      <translation>Batch {number} of {post} written to {folder}: {records} decisions.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="67" />
      <source>Decisions are being sent already.</source>
      <translation>Decisions are being sent already.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="51" />
      <source>Decisions of the post:</source>
      <translation>Decisions of the post:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="39" />
      <source>Every decision not yet sent, as the next signed batch for the service centre</source>
      <translation>Every decision not yet sent, as the next signed batch for the service centre</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="90" />
      <source>No decisions were sent.</source>
      <translation>No decisions were sent.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="81" />
      <source>Nothing new to send: no batch was written.</source>
      <translation>Nothing new to send: no batch was written.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="36" />
      <source>Se&amp;nd decisions…</source>
      <translation>Se&amp;nd decisions…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="51" />
      <source>Send decisions</source>
      <translation>Send decisions</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="57" />
      <source>Send decisions to the folder</source>
      <translation>Send decisions to the folder</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="74" />
      <source>Sending decisions…</source>
      <translation>Sending decisions…</translation>
    </message>
  </context>
  <context>
    <name>ServerWatch</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/offline_banner.py" line="109" />
      <source>&amp;Retry now</source>
      <translation>&amp;Retry now</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/offline_banner.py" line="137" />
      <source>The database server answers again: save what you were working on.</source>
      <translation>The database server answers again: save what you were working on.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/offline_banner.py" line="102" />
      <source>The database server cannot be reached. Nothing was saved since it went away, and nothing is queued: what you typed stays in the open windows. Trying again every {seconds} s; save again when the server answers.</source>
      <translation>The database server cannot be reached. Nothing was saved since it went away, and nothing is queued: what you typed stays in the open windows. Trying again every {seconds} s; save again when the server answers.</translation>
    </message>
  </context>
  <context>
    <name>SettingsOptions</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="141" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="180" />
      <source>comma-separated, e.g. {example}</source>
      <translation>comma-separated, e.g. {example}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="34" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="34" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="69" />
      <source>{description}
Default: {default}</source>
      <translation>{description}
Default: {default}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="213" />
      <source>{value} (fixed by the rule pack)</source>
      <translation>{value} (fixed by the rule pack)</translation>
    </message>
  </context>
  <context>
    <name>SettingsPages</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_pages.py" line="112" />
      <source>How this post works: targets, limits and sign-off.</source>
      <translation>How this post works: targets, limits and sign-off.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_pages.py" line="103" />
      <source>Rule parameters</source>
      <translation>Rule parameters</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_pages.py" line="104" />
      <source>Values the rules of pack {pack} use at this post. Those marked ASSUMPTION are readings the published sources do not settle; change them only on instruction.</source>
      <translation>Values the rules of pack {pack} use at this post. Those marked ASSUMPTION are readings the published sources do not settle; change them only on instruction.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_pages.py" line="111" />
      <source>Working settings</source>
      <translation>Working settings</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="44" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="36" />
      <source>Add the note being written</source>
      <translation>Add the note being written</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="40" />
      <source>Anywhere</source>
      <translation>Anywhere</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="74" />
      <source>Attach document</source>
      <translation>Attach document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="33" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="42" />
      <source>Close the case window</source>
      <translation>Close the case window</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="79" />
      <source>Disclosure bundle</source>
      <translation>Disclosure bundle</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="34" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="76" />
      <source>Issue letter</source>
      <translation>Issue letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="31" />
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="44" />
      <source>Keys</source>
      <translation>Keys</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="38" />
      <source>Letters</source>
      <translation>Letters</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="40" />
      <source>Move between fields</source>
      <translation>Move between fields</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="73" />
      <source>New note</source>
      <translation>New note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="80" />
      <source>Next case</source>
      <translation>Next case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="41" />
      <source>Open the selected case</source>
      <translation>Open the selected case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="81" />
      <source>Previous case</source>
      <translation>Previous case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="78" />
      <source>Print summary</source>
      <translation>Print summary</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="38" />
      <source>Print the selected letter</source>
      <translation>Print the selected letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="75" />
      <source>Recommend</source>
      <translation>Recommend</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="37" />
      <source>Record the recommendation, issue the letter</source>
      <translation>Record the recommendation, issue the letter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="71" />
      <source>Redo</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="72" />
      <source>Run checks</source>
      <translation>Run checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="69" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="77" />
      <source>Save summary</source>
      <translation>Save summary</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="39" />
      <source>Save the selected letter as PDF</source>
      <translation>Save the selected letter as PDF</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="70" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="44" />
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="32" />
      <source>Worklist</source>
      <translation>Worklist</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="254" />
      <source>&amp;Password</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="253" />
      <source>&amp;Username</source>
      <translation>&amp;Username</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="105" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="268" />
      <source>Forgot your password?</source>
      <translation>Forgot your password?</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="258" />
      <source>Forgot your password? Officers and supervisors: ask an administrator for a one-time password. Administrators: on the computer that holds the database, run kvisa-desk db unlock ADMIN --recovery-key-file FILE with your username and the saved recovery key.</source>
      <translation>Forgot your password? Officers and supervisors: ask an administrator for a one-time password. Administrators: on the computer that holds the database, run kvisa-desk db unlock ADMIN --recovery-key-file FILE with your username and the saved recovery key.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="347" />
      <source>Opening the database…</source>
      <translation>Opening the database…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="348" />
      <source>Opening the encrypted database with your password…</source>
      <translation>Opening the encrypted database with your password…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="252" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="275" />
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="242" />
      <source>Sign in to KVisa Desk</source>
      <translation>Sign in to KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="243" />
      <source>Sign in with your KVisa Desk account.</source>
      <translation>Sign in with your KVisa Desk account.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="198" />
      <source>That did not work: {error}. Try again, or ask the administrator.</source>
      <translation>That did not work: {error}. Try again, or ask the administrator.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="332" />
      <source>Type your password.</source>
      <translation>Type your password.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="331" />
      <source>Type your username.</source>
      <translation>Type your username.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="251" />
      <source>Username</source>
      <translation>Username</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="112" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="232" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
  </context>
  <context>
    <name>TransportBanner</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/transport_banner.py" line="25" />
      <source>The connection to the database server is not encrypted (sslmode=disable): applicants' data crosses the network in the clear. Ask the administrator to use sslmode=require.</source>
      <translation>The connection to the database server is not encrypted (sslmode=disable): applicants' data crosses the network in the clear. Ask the administrator to use sslmode=require.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/transport_banner.py" line="36" />
      <source>Unencrypted connection</source>
      <translation>Unencrypted connection</translation>
    </message>
  </context>
  <context>
    <name>WorkflowBar</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="34" />
      <source>&amp;Move to</source>
      <translation>&amp;Move to</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="41" />
      <source>Assi&amp;gn</source>
      <translation>Assi&amp;gn</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="71" />
      <source>Assign to me</source>
      <translation>Assign to me</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="106" />
      <source>Assigning the case…</source>
      <translation>Assigning the case…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="92" />
      <source>Moving the case to {status}…</source>
      <translation>Moving the case to {status}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="66" />
      <source>No further step: the case is closed</source>
      <translation>No further step: the case is closed</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="78" />
      <source>Nobody (unassign)</source>
      <translation>Nobody (unassign)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="46" />
      <source>Workflow:</source>
      <translation>Workflow:</translation>
    </message>
  </context>
  <context>
    <name>WorklistExport</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="126" />
      <source>&amp;Export worklist…</source>
      <translation>&amp;Export worklist…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="152" />
      <source>An export is running already.</source>
      <translation>An export is running already.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="141" />
      <source>CSV files (*.csv)</source>
      <translation>CSV files (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="175" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="128" />
      <source>Ctrl+E</source>
      <translation>Ctrl+E</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="141" />
      <source>Excel files (*.xlsx)</source>
      <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="209" />
      <source>Export cancelled: no file was written.</source>
      <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="144" />
      <source>Export the worklist</source>
      <translation>Export the worklist</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="212" />
      <source>Export worklist</source>
      <translation>Export worklist</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="175" />
      <source>Exporting the worklist…</source>
      <translation>Exporting the worklist…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="130" />
      <source>The selected cases, or every case of the filter, to CSV or XLSX</source>
      <translation>The selected cases, or every case of the filter, to CSV or XLSX</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="211" />
      <source>The worklist was not exported.</source>
      <translation>The worklist was not exported.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="202" />
      <source>{count} cases exported to {path}.</source>
      <translation>{count} cases exported to {path}.</translation>
    </message>
  </context>
  <context>
    <name>WorklistFilters</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="74" />
      <source>Any nationality</source>
      <translation>Any nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="83" />
      <source>Any officer</source>
      <translation>Any officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="78" />
      <source>Any outcome</source>
      <translation>Any outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="70" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="92" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="93" />
      <source>Clear the search and every filter</source>
      <translation>Clear the search and every filter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="82" />
      <source>Filter by assigned officer</source>
      <translation>Filter by assigned officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="77" />
      <source>Filter by check outcome</source>
      <translation>Filter by check outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="73" />
      <source>Filter by nationality</source>
      <translation>Filter by nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="69" />
      <source>Filter by status</source>
      <translation>Filter by status</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="89" />
      <source>Received from</source>
      <translation>Received from</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="90" />
      <source>Received until</source>
      <translation>Received until</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="103" />
      <source>Received:</source>
      <translation>Received:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="58" />
      <source>Search cases</source>
      <translation>Search cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="60" />
      <source>Search: case or application id, name in any script, passport, e-mail (Ctrl+F)</source>
      <translation>Search: case or application id, name in any script, passport, e-mail (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="131" />
      <source>any</source>
      <translation>any</translation>
    </message>
  </context>
  <context>
    <name>WorklistModel</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="138" />
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="119" />
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="116" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="159" />
      <source>Check outcome</source>
      <translation>Check outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="173" />
      <source>Days open</source>
      <translation>Days open</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="131" />
      <source>Nationality</source>
      <translation>Nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="125" />
      <source>Native name</source>
      <translation>Native name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/model.py" line="115" />
      <source>No longer in this list after a change: F5 reads the list again</source>
      <translation>No longer in this list after a change: F5 reads the list again</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="180" />
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="166" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="145" />
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="152" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="76" />
      <source>demo</source>
      <translation>demo</translation>
    </message>
  </context>
  <context>
    <name>WorklistPanel</name>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/worklist/panel.py" line="266" />
      <source>%Ln cases</source>
      <translation>
        <numerusform>%Ln case</numerusform>
        <numerusform>%Ln cases</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/worklist/panel.py" line="274" />
      <source>%Ln matching cases</source>
      <translation>
        <numerusform>%Ln matching case</numerusform>
        <numerusform>%Ln matching cases</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/worklist/panel.py" line="268" />
      <source>%Ln matching cases shown: the best {limit}. Type more to narrow the search.</source>
      <translation>
        <numerusform>%Ln matching case shown: the best {limit}. Type more to narrow the search.</numerusform>
        <numerusform>%Ln matching cases shown: the best {limit}. Type more to narrow the search.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/panel.py" line="81" />
      <source>Administrators manage accounts and the database; case work needs an officer or supervisor account.</source>
      <translation>Administrators manage accounts and the database; case work needs an officer or supervisor account.</translation>
    </message>
  </context>
  <context>
    <name>WorklistView</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/view.py" line="201" />
      <source>Reset columns</source>
      <translation>Reset columns</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/view.py" line="58" />
      <source>Worklist</source>
      <translation>Worklist</translation>
    </message>
  </context>
  <context>
    <name>_FormDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="105" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="198" />
      <source>That did not work: {error}. Try again, or ask the administrator.</source>
      <translation>That did not work: {error}. Try again, or ask the administrator.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="112" />
      <source>Working</source>
      <translation>Working</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="232" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
  </context>
</TS>
