<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>BatchChecks</name>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="67" />
      <source>Checked {done} of {total} cases</source>
      <translation>Checked {done} of {total} cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="92" />
      <source>Checking every case…</source>
      <translation>Checking every case…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="135" />
      <source>Checking stopped</source>
      <translation>Checking stopped</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="96" />
      <source>Checking {count} cases…</source>
      <translation>Checking {count} cases…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="65" />
      <source>Stopped: checked {done} of {total} cases</source>
      <translation>Stopped: checked {done} of {total} cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="136" />
      <source>The checks failed: {error}</source>
      <translation>The checks failed: {error}</translation>
    </message>
  </context>
  <context>
    <name>BatchProgress</name>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="31" />
      <source>%v of %m cases</source>
      <translation>%v of %m cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="33" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="32" />
      <source>Checking progress</source>
      <translation>Checking progress</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="54" />
      <source>Stopping…</source>
      <translation>Stopping…</translation>
    </message>
  </context>
  <context>
    <name>CareerTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="48" />
      <source>Awarded on</source>
      <translation>Awarded on</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="47" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="37" />
      <source>Degree {n}: {level}</source>
      <translation>Degree {n}: {level}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="58" />
      <source>Employer</source>
      <translation>Employer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="44" />
      <source>Field</source>
      <translation>Field</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="64" />
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="45" />
      <source>ISCED-F code</source>
      <translation>ISCED-F code</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="46" />
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="60" />
      <source>Kind of post</source>
      <translation>Kind of post</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="43" />
      <source>Level</source>
      <translation>Level</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="59" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="54" />
      <source>Post {n}</source>
      <translation>Post {n}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="30" />
      <source>The application lists no degrees and no posts.</source>
      <translation>The application lists no degrees and no posts.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="65" />
      <source>Until</source>
      <translation>Until</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="65" />
      <source>present</source>
      <translation>present</translation>
    </message>
  </context>
  <context>
    <name>CaseChecks</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_checks.py" line="54" />
      <source>Checking {case}…</source>
      <translation>Checking {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_checks.py" line="87" />
      <source>Saving the override…</source>
      <translation>Saving the override…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_checks.py" line="101" />
      <source>The checks could not run</source>
      <translation>The checks could not run</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_checks.py" line="102" />
      <source>{case}: {error}</source>
      <translation>{case}: {error}</translation>
    </message>
  </context>
  <context>
    <name>CaseDocuments</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="87" />
      <source>Attach a document</source>
      <translation>Attach a document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="104" />
      <source>Attaching {name}…</source>
      <translation>Attaching {name}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="77" />
      <source>Check</source>
      <translation>Check</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="77" />
      <source>Document</source>
      <translation>Document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="80" />
      <source>Documents</source>
      <translation>Documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="77" />
      <source>File name</source>
      <translation>File name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="92" />
      <source>Kind of document:</source>
      <translation>Kind of document:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="114" />
      <source>Not attached: {reason}</source>
      <translation>Not attached: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="77" />
      <source>Where from</source>
      <translation>Where from</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="36" />
      <source>attached by {officer}, {when}</source>
      <translation>attached by {officer}, {when}</translation>
    </message>
  </context>
  <context>
    <name>CaseEditing</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="129" />
      <source>Not saved: correct the marked fields ({fields}).</source>
      <translation>Not saved: correct the marked fields ({fields}).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="167" />
      <source>Not saved: {reason}</source>
      <translation>Not saved: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="175" />
      <source>Saved meanwhile</source>
      <translation>Saved meanwhile</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="144" />
      <source>Saving {case}…</source>
      <translation>Saving {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="171" />
      <source>{reason}

Reload the case now? Their changes will show, and yours are put back on top, unsaved, for you to check and save again.</source>
      <translation>{reason}

Reload the case now? Their changes will show, and yours are put back on top, unsaved, for you to check and save again.</translation>
    </message>
  </context>
  <context>
    <name>CaseHeader</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="54" />
      <source>Applicant's photo</source>
      <translation>Applicant's photo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="75" />
      <source>Case {case} · application {application} at {post}</source>
      <translation>Case {case} · application {application} at {post}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="102" />
      <source>Check outcome: {outcome}</source>
      <translation>Check outcome: {outcome}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="81" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="85" />
      <source>{days} days open</source>
      <translation>{days} days open</translation>
    </message>
  </context>
  <context>
    <name>CaseStatus</name>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="24" />
      <source>Approved</source>
      <translation>Approved</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="21" />
      <source>Awaiting documents</source>
      <translation>Awaiting documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="23" />
      <source>Awaiting sign-off</source>
      <translation>Awaiting sign-off</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="27" />
      <source>Closed</source>
      <translation>Closed</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="20" />
      <source>In review</source>
      <translation>In review</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="26" />
      <source>Letter issued</source>
      <translation>Letter issued</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="22" />
      <source>Ready for decision</source>
      <translation>Ready for decision</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="19" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="25" />
      <source>Refused</source>
      <translation>Refused</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="28" />
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="78" />
      <source>&amp;Applicant</source>
      <translation>&amp;Applicant</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="149" />
      <source>&amp;Attach document…</source>
      <translation>&amp;Attach document…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="83" />
      <source>&amp;Documents</source>
      <translation>&amp;Documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="81" />
      <source>&amp;Education &amp;&amp; posts</source>
      <translation>&amp;Education &amp;&amp; posts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="86" />
      <source>&amp;History</source>
      <translation>&amp;History</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="147" />
      <source>&amp;New note</source>
      <translation>&amp;New note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="151" />
      <source>&amp;Next case</source>
      <translation>&amp;Next case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="85" />
      <source>&amp;Notes</source>
      <translation>&amp;Notes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="80" />
      <source>&amp;Passport</source>
      <translation>&amp;Passport</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="153" />
      <source>&amp;Previous case</source>
      <translation>&amp;Previous case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="134" />
      <source>&amp;Redo</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="145" />
      <source>&amp;Run checks</source>
      <translation>&amp;Run checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="127" />
      <source>&amp;Save</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="82" />
      <source>&amp;Travel &amp;&amp; purpose</source>
      <translation>&amp;Travel &amp;&amp; purpose</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="131" />
      <source>&amp;Undo</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="27" />
      <source>Activity</source>
      <translation>Activity</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="34" />
      <source>Address</source>
      <translation>Address</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="151" />
      <source>Alt+Down</source>
      <translation>Alt+Down</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="153" />
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="70" />
      <source>Attached.</source>
      <translation>Attached.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="39" />
      <source>Barred from re-entry</source>
      <translation>Barred from re-entry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="84" />
      <source>Chec&amp;ks</source>
      <translation>Chec&amp;ks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="147" />
      <source>Ctrl+N</source>
      <translation>Ctrl+N</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="145" />
      <source>Ctrl+R</source>
      <translation>Ctrl+R</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="149" />
      <source>Ctrl+Shift+A</source>
      <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="29" />
      <source>Date of birth</source>
      <translation>Date of birth</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="28" />
      <source>Description</source>
      <translation>Description</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="63" />
      <source>Details</source>
      <translation>Details</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="32" />
      <source>Email</source>
      <translation>Email</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="46" />
      <source>Expires on</source>
      <translation>Expires on</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="28" />
      <source>F, M or X</source>
      <translation>F, M or X</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="41" />
      <source>Fraud found before</source>
      <translation>Fraud found before</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="26" />
      <source>Given names</source>
      <translation>Given names</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="66" />
      <source>History</source>
      <translation>History</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="30" />
      <source>Host institution</source>
      <translation>Host institution</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="42" />
      <source>Insufficient funds</source>
      <translation>Insufficient funds</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="32" />
      <source>Intended entry</source>
      <translation>Intended entry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="45" />
      <source>Issued on</source>
      <translation>Issued on</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="44" />
      <source>Issuing state</source>
      <translation>Issuing state</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="55" />
      <source>MRZ line 1</source>
      <translation>MRZ line 1</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="56" />
      <source>MRZ line 2</source>
      <translation>MRZ line 2</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="27" />
      <source>Name in native script</source>
      <translation>Name in native script</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="31" />
      <source>Nationality</source>
      <translation>Nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="73" />
      <source>Note added.</source>
      <translation>Note added.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="63" />
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="43" />
      <source>Passport number</source>
      <translation>Passport number</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="33" />
      <source>Phone</source>
      <translation>Phone</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="30" />
      <source>Place of birth</source>
      <translation>Place of birth</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="24" />
      <source>Purpose of the visit</source>
      <translation>Purpose of the visit</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="246" />
      <source>Reloaded: check the changes and save again.</source>
      <translation>Reloaded: check the changes and save again.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="183" />
      <source>Save your changes first (Ctrl+S): the checks read the saved case.</source>
      <translation>Save your changes first (Ctrl+S): the checks read the saved case.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="234" />
      <source>Saved meanwhile</source>
      <translation>Saved meanwhile</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="62" />
      <source>Saved.</source>
      <translation>Saved.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="176" />
      <source>Saving…</source>
      <translation>Saving…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="36" />
      <source>Screening answers</source>
      <translation>Screening answers</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="40" />
      <source>Security concern</source>
      <translation>Security concern</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="28" />
      <source>Sex</source>
      <translation>Sex</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="228" />
      <source>Status and assignment saved.</source>
      <translation>Status and assignment saved.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="33" />
      <source>Stay (days)</source>
      <translation>Stay (days)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="25" />
      <source>Surname</source>
      <translation>Surname</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="162" />
      <source>This case is finished: its facts are shown, not edited.</source>
      <translation>This case is finished: its facts are shown, not edited.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="259" />
      <source>Unsaved changes</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="63" />
      <source>What</source>
      <translation>What</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="63" />
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="31" />
      <source>e.g. NGA</source>
      <translation>e.g. NGA</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="260" />
      <source>{case} has changes that are not saved. Save them?</source>
      <translation>{case} has changes that are not saved. Save them?</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="235" />
      <source>{reason}

Reload the case now? Your unsaved edits are kept on top.</source>
      <translation>{reason}

Reload the case now? Your unsaved edits are kept on top.</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="110" />
      <source>An administrator set your password. Choose your own before you go on (at least {n} characters).</source>
      <translation>An administrator set your password. Choose your own before you go on (at least {n} characters).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="109" />
      <source>Choose a new password</source>
      <translation>Choose a new password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="117" />
      <source>Current password</source>
      <translation>Current password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="58" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="118" />
      <source>New password</source>
      <translation>New password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="122" />
      <source>Repeat</source>
      <translation>Repeat</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="119" />
      <source>Repeat new password</source>
      <translation>Repeat new password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="126" />
      <source>The two new passwords differ.</source>
      <translation>The two new passwords differ.</translation>
    </message>
  </context>
  <context>
    <name>CheckResultsModel</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="92" />
      <source>ASSUMPTION</source>
      <translation>ASSUMPTION</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="38" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="42" />
      <source>Basis</source>
      <translation>Basis</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="39" />
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="40" />
      <source>Officer's override</source>
      <translation>Officer's override</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="36" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="92" />
      <source>Published rule</source>
      <translation>Published rule</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="37" />
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="75" />
      <source>Set to {outcome} by {officer}, {when}: “{reason}”</source>
      <translation>Set to {outcome} by {officer}, {when}: “{reason}”</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="41" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="65" />
      <source>{outcome} (rule found: {found})</source>
      <translation>{outcome} (rule found: {found})</translation>
    </message>
  </context>
  <context>
    <name>ChecksTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="84" />
      <source>&amp;Override…</source>
      <translation>&amp;Override…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="81" />
      <source>&amp;Run checks</source>
      <translation>&amp;Run checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="134" />
      <source>ASSUMPTION: the published sources do not settle this rule; it applies the post's setting or the pack's stated reading. Weigh it with that in mind.</source>
      <translation>ASSUMPTION: the published sources do not settle this rule; it applies the post's setting or the pack's stated reading. Weigh it with that in mind.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="111" />
      <source>About</source>
      <translation>About</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="131" />
      <source>Check results</source>
      <translation>Check results</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="34" />
      <source>Check the facts each failed rule names. If a fact is recorded wrongly, correct it and run the checks again. If the rule's finding is wrong for this case, select it and override it with a written reason.</source>
      <translation>Check the facts each failed rule names. If a fact is recorded wrongly, correct it and run the checks again. If the rule's finding is wrong for this case, select it and override it with a written reason.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="82" />
      <source>Check this case against the rules now (Ctrl+R)</source>
      <translation>Check this case against the rules now (Ctrl+R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="60" />
      <source>Checked {when} by {officer} · {pack} · {settings}</source>
      <translation>Checked {when} by {officer} · {pack} · {settings}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="79" />
      <source>Degrees and posts (they count only through K-RTE-01): {parts}.</source>
      <translation>Degrees and posts (they count only through K-RTE-01): {parts}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="26" />
      <source>Fail: the case does not meet the K visa rules as recorded</source>
      <translation>Fail: the case does not meet the K visa rules as recorded</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="113" />
      <source>Finding</source>
      <translation>Finding</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="40" />
      <source>Look at each result marked Review and the evidence it names. When you are satisfied, override it to Pass with a written reason, or to Fail.</source>
      <translation>Look at each result marked Review and the evidence it names. When you are satisfied, override it to Pass with a written reason, or to Fail.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="44" />
      <source>No result needs an officer's attention before a decision.</source>
      <translation>No result needs an officer's attention before a decision.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="162" />
      <source>Not checked yet</source>
      <translation>Not checked yet</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="112" />
      <source>Outcome</source>
      <translation>Outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="126" />
      <source>Override</source>
      <translation>Override</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="216" />
      <source>Overrides that no longer apply, because the facts changed since they were made: {list}. Override again if they still hold.</source>
      <translation>Overrides that no longer apply, because the facts changed since they were made: {list}. Override again if they still hold.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="29" />
      <source>Pass: every rule is met</source>
      <translation>Pass: every rule is met</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="28" />
      <source>Review: an officer must look at the results marked Review</source>
      <translation>Review: an officer must look at the results marked Review</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="110" />
      <source>Rule</source>
      <translation>Rule</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="125" />
      <source>Rule found</source>
      <translation>Rule found</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="165" />
      <source>Run the checks (Ctrl+R) to see how this case meets each K visa rule.</source>
      <translation>Run the checks (Ctrl+R) to see how this case meets each K visa rule.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="92" />
      <source>Selected result</source>
      <translation>Selected result</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="114" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="141" />
      <source>This result is about one degree or post. It reaches the case's outcome only through K-RTE-01: one degree (Route A) or one post (Route B) passing every part is enough.</source>
      <translation>This result is about one degree or post. It reaches the case's outcome only through K-RTE-01: one degree (Route A) or one post (Route B) passing every part is enough.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="85" />
      <source>Treat the selected result as another outcome</source>
      <translation>Treat the selected result as another outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="123" />
      <source>Values used</source>
      <translation>Values used</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="77" />
      <source>Whole case: {whole}.</source>
      <translation>Whole case: {whole}.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="104" />
      <source>Why:</source>
      <translation>Why:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="59" />
      <source>post settings version {version}</source>
      <translation>post settings version {version}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="57" />
      <source>post settings: the pack's defaults (version 0)</source>
      <translation>post settings: the pack's defaults (version 0)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="55" />
      <source>rule pack {pack} (no longer installed)</source>
      <translation>rule pack {pack} (no longer installed)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="51" />
      <source>rule pack {pack} ({title}), in force from {date}</source>
      <translation>rule pack {pack} ({title}), in force from {date}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="208" />
      <source>{rule} ({about}) set to {outcome} by {officer}</source>
      <translation>{rule} ({about}) set to {outcome} by {officer}</translation>
    </message>
  </context>
  <context>
    <name>Codes</name>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="61" />
      <source>Application form</source>
      <translation>Application form</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="74" />
      <source>Applications imported</source>
      <translation>Applications imported</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="38" />
      <source>Bachelor's degree</source>
      <translation>Bachelor's degree</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="54" />
      <source>Business</source>
      <translation>Business</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="77" />
      <source>Case assigned</source>
      <translation>Case assigned</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="52" />
      <source>Culture</source>
      <translation>Culture</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="62" />
      <source>Degree certificate</source>
      <translation>Degree certificate</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="40" />
      <source>Doctorate</source>
      <translation>Doctorate</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="50" />
      <source>Education</source>
      <translation>Education</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="55" />
      <source>Employment</source>
      <translation>Employment</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="53" />
      <source>Entrepreneurship</source>
      <translation>Entrepreneurship</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="33" />
      <source>Female</source>
      <translation>Female</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="73" />
      <source>Imported</source>
      <translation>Imported</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="46" />
      <source>Industry</source>
      <translation>Industry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="75" />
      <source>Institution registry seeded</source>
      <translation>Institution registry seeded</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="34" />
      <source>Male</source>
      <translation>Male</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="39" />
      <source>Master's degree</source>
      <translation>Master's degree</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="103" />
      <source>No</source>
      <translation>No</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="100" />
      <source>Not answered</source>
      <translation>Not answered</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="68" />
      <source>Not verified</source>
      <translation>Not verified</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="47" />
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="65" />
      <source>Other document</source>
      <translation>Other document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="41" />
      <source>Other qualification</source>
      <translation>Other qualification</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="59" />
      <source>Passport scan</source>
      <translation>Passport scan</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="60" />
      <source>Photo</source>
      <translation>Photo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="64" />
      <source>Proof of post</source>
      <translation>Proof of post</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="45" />
      <source>Research</source>
      <translation>Research</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="51" />
      <source>Science and technology</source>
      <translation>Science and technology</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="76" />
      <source>Status changed</source>
      <translation>Status changed</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="70" />
      <source>Suspected fraudulent</source>
      <translation>Suspected fraudulent</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="44" />
      <source>Teaching</source>
      <translation>Teaching</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="63" />
      <source>Transcript</source>
      <translation>Transcript</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="35" />
      <source>Unspecified (X)</source>
      <translation>Unspecified (X)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="69" />
      <source>Verified</source>
      <translation>Verified</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="102" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
  </context>
  <context>
    <name>DemoCases</name>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="73" />
      <source>Add {count} synthetic demo cases to this database? They are invented applicants for training, not real applications.</source>
      <translation>Add {count} synthetic demo cases to this database? They are invented applicants for training, not real applications.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="65" />
      <source>Demo cases</source>
      <translation>Demo cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="77" />
      <source>Load demo cases</source>
      <translation>Load demo cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="89" />
      <source>Loading {count} demo cases…</source>
      <translation>Loading {count} demo cases…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="94" />
      <source>The demo cases could not be loaded: {error}</source>
      <translation>The demo cases could not be loaded: {error}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="96" />
      <source>This copy of KVisa Desk has no demo case generator yet.</source>
      <translation>This copy of KVisa Desk has no demo case generator yet.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="62" />
      <source>This database has no cases yet. Load {count} demo cases to explore KVisa Desk?</source>
      <translation>This database has no cases yet. Load {count} demo cases to explore KVisa Desk?</translation>
    </message>
  </context>
  <context>
    <name>FieldEdit</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="39" />
      <source>Change {field}</source>
      <translation>Change {field}</translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="135" />
      <source>Create the first administrator</source>
      <translation>Create the first administrator</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="58" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="146" />
      <source>Explore with demo data instead</source>
      <translation>Explore with demo data instead</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="154" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="151" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="156" />
      <source>Repeat</source>
      <translation>Repeat</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="152" />
      <source>Repeat password</source>
      <translation>Repeat password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="164" />
      <source>The two passwords differ.</source>
      <translation>The two passwords differ.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="136" />
      <source>This database has no accounts yet. Create the administrator who will add the officers' accounts. Administrators manage accounts and the database; they do not work on cases.</source>
      <translation>This database has no accounts yet. Create the administrator who will add the officers' accounts. Administrators manage accounts and the database; they do not work on cases.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="153" />
      <source>Username</source>
      <translation>Username</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../../kvisa_desk/ui/idle_lock.py" line="49" />
      <source>KVisa Desk is locked</source>
      <translation>KVisa Desk is locked</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="58" />
      <source>&amp;Add</source>
      <translation>&amp;Add</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="46" />
      <source>&amp;Country:</source>
      <translation>&amp;Country:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="45" />
      <source>&amp;Name:</source>
      <translation>&amp;Name:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="48" />
      <source>&amp;Tier:</source>
      <translation>&amp;Tier:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="31" />
      <source>Add a research institution</source>
      <translation>Add a research institution</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="47" />
      <source>Web &amp;domains:</source>
      <translation>Web &amp;domains:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="37" />
      <source>e.g. DE or DEU</source>
      <translation>e.g. DE or DEU</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="40" />
      <source>e.g. mpg.de, mpq.mpg.de</source>
      <translation>e.g. mpg.de, mpq.mpg.de</translation>
    </message>
  </context>
  <context>
    <name>KVisaDesk</name>
    <message>
      <location filename="../../kvisa_desk/ui/app.py" line="130" />
      <source>Database upgraded; the previous copy is at {path}</source>
      <translation>Database upgraded; the previous copy is at {path}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/app.py" line="111" />
      <source>KVisa Desk cannot open the database</source>
      <translation>KVisa Desk cannot open the database</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/app.py" line="116" />
      <source>The database could not be opened:
{error}

Check --db or --db-url.</source>
      <translation>The database could not be opened:
{error}

Check --db or --db-url.</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/language_dialog.py" line="29" />
      <source>KVisa Desk shows the new language the next time it starts.</source>
      <translation>KVisa Desk shows the new language the next time it starts.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/language_dialog.py" line="22" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="125" />
      <source>&amp;About KVisa Desk</source>
      <translation>&amp;About KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="74" />
      <source>&amp;Checks</source>
      <translation>&amp;Checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="89" />
      <source>&amp;Columns</source>
      <translation>&amp;Columns</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="38" />
      <source>&amp;File</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="120" />
      <source>&amp;Help</source>
      <translation>&amp;Help</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="122" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="106" />
      <source>&amp;Language…</source>
      <translation>&amp;Language…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="54" />
      <source>&amp;Next case</source>
      <translation>&amp;Next case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="52" />
      <source>&amp;Open case</source>
      <translation>&amp;Open case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="113" />
      <source>&amp;Post settings…</source>
      <translation>&amp;Post settings…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="56" />
      <source>&amp;Previous case</source>
      <translation>&amp;Previous case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="97" />
      <source>&amp;Queues</source>
      <translation>&amp;Queues</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="43" />
      <source>&amp;Quit</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="41" />
      <source>&amp;Refresh</source>
      <translation>&amp;Refresh</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="75" />
      <source>&amp;Run checks</source>
      <translation>&amp;Run checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="59" />
      <source>&amp;Search</source>
      <translation>&amp;Search</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="81" />
      <source>&amp;Stop checking</source>
      <translation>&amp;Stop checking</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="64" />
      <source>&amp;Unassign selected</source>
      <translation>&amp;Unassign selected</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="88" />
      <source>&amp;View</source>
      <translation>&amp;View</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="221" />
      <source>; {count} finished cases left as they were</source>
      <translation>; {count} finished cases left as they were</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="112" />
      <source>A&amp;dministration</source>
      <translation>A&amp;dministration</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_dialogs.py" line="57" />
      <source>About KVisa Desk</source>
      <translation>About KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="54" />
      <source>Alt+Down</source>
      <translation>Alt+Down</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="56" />
      <source>Alt+Up</source>
      <translation>Alt+Up</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="62" />
      <source>Assign selected to &amp;me</source>
      <translation>Assign selected to &amp;me</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="226" />
      <source>Assigning {count} cases…</source>
      <translation>Assigning {count} cases…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="51" />
      <source>C&amp;ase</source>
      <translation>C&amp;ase</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="160" />
      <source>Case not found</source>
      <translation>Case not found</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="79" />
      <source>Check &amp;all cases</source>
      <translation>Check &amp;all cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="77" />
      <source>Check the selected cases against the rules</source>
      <translation>Check the selected cases against the rules</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="62" />
      <source>Ctrl+M</source>
      <translation>Ctrl+M</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="52" />
      <source>Ctrl+O</source>
      <translation>Ctrl+O</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="43" />
      <source>Ctrl+Q</source>
      <translation>Ctrl+Q</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="75" />
      <source>Ctrl+R</source>
      <translation>Ctrl+R</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="79" />
      <source>Ctrl+Shift+R</source>
      <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/status_bar.py" line="39" />
      <source>Database: {location}</source>
      <translation>Database: {location}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="115" />
      <source>Institution &amp;registry…</source>
      <translation>Institution &amp;registry…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="122" />
      <source>KVisa Desk</source>
      <translation>KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_dialogs.py" line="58" />
      <source>KVisa Desk {version}

Case management for consular officers processing China's K visa.</source>
      <translation>KVisa Desk {version}

Case management for consular officers processing China's K visa.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="39" />
      <source>Load &amp;demo cases…</source>
      <translation>Load &amp;demo cases…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="194" />
      <source>Name:</source>
      <translation>Name:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="194" />
      <source>Save search</source>
      <translation>Save search</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="260" />
      <source>Working…</source>
      <translation>Working…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="219" />
      <source>{count} cases assigned</source>
      <translation>{count} cases assigned</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="237" />
      <source>{imported} demo cases added ({unchanged} already there)</source>
      <translation>{imported} demo cases added ({unchanged} already there)</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="56" />
      <source>&amp;Add note</source>
      <translation>&amp;Add note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="48" />
      <source>A new note (Ctrl+Enter adds it). Notes cannot be changed afterwards: a correction is a new note.</source>
      <translation>A new note (Ctrl+Enter adds it). Notes cannot be changed afterwards: a correction is a new note.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="93" />
      <source>Adding the note…</source>
      <translation>Adding the note…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="46" />
      <source>New note</source>
      <translation>New note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="39" />
      <source>Note</source>
      <translation>Note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="42" />
      <source>Notes</source>
      <translation>Notes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="39" />
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="105" />
      <source>The note was not added: {reason}</source>
      <translation>The note was not added: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="39" />
      <source>Written</source>
      <translation>Written</translation>
    </message>
  </context>
  <context>
    <name>Outcome</name>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="159" />
      <source>Degree {n}</source>
      <translation>Degree {n}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="137" />
      <source>Fail</source>
      <translation>Fail</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="145" />
      <source>Not checked</source>
      <translation>Not checked</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="135" />
      <source>Pass</source>
      <translation>Pass</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="161" />
      <source>Post {n}</source>
      <translation>Post {n}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="136" />
      <source>Review</source>
      <translation>Review</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="153" />
      <source>Whole case</source>
      <translation>Whole case</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="90" />
      <source>&amp;Override</source>
      <translation>&amp;Override</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="78" />
      <source>&amp;Reason:</source>
      <translation>&amp;Reason:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="52" />
      <source>About:</source>
      <translation>About:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="54" />
      <source>Finding:</source>
      <translation>Finding:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="53" />
      <source>Now:</source>
      <translation>Now:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="49" />
      <source>Override a result – {case}</source>
      <translation>Override a result – {case}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="72" />
      <source>Reason for the override</source>
      <translation>Reason for the override</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="51" />
      <source>Rule:</source>
      <translation>Rule:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="68" />
      <source>Treat as:</source>
      <translation>Treat as:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="74" />
      <source>Why this result should count as the outcome chosen (required)</source>
      <translation>Why this result should count as the outcome chosen (required)</translation>
    </message>
  </context>
  <context>
    <name>PostSettingsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="66" />
      <source>&amp;Post:</source>
      <translation>&amp;Post:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="136" />
      <source>Back to {value}</source>
      <translation>Back to {value}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="135" />
      <source>Default</source>
      <translation>Default</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="209" />
      <source>Not saved: {reason}</source>
      <translation>Not saved: {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="71" />
      <source>Pages</source>
      <translation>Pages</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="63" />
      <source>Post</source>
      <translation>Post</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="56" />
      <source>Post settings</source>
      <translation>Post settings</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="194" />
      <source>Saving the post settings…</source>
      <translation>Saving the post settings…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="127" />
      <source>The published sources do not settle this value.</source>
      <translation>The published sources do not settle this value.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="167" />
      <source>Version 0: the rule pack's defaults, never changed at this post</source>
      <translation>Version 0: the rule pack's defaults, never changed at this post</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="169" />
      <source>Version {version}</source>
      <translation>Version {version}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="126" />
      <source>{name}  [ASSUMPTION]</source>
      <translation>{name}  [ASSUMPTION]</translation>
    </message>
  </context>
  <context>
    <name>QueuesPanel</name>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="36" />
      <source>All cases</source>
      <translation>All cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="32" />
      <source>Awaiting documents</source>
      <translation>Awaiting documents</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="34" />
      <source>Awaiting sign-off</source>
      <translation>Awaiting sign-off</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="35" />
      <source>Decided</source>
      <translation>Decided</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="30" />
      <source>My cases</source>
      <translation>My cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="52" />
      <source>Queues</source>
      <translation>Queues</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="33" />
      <source>Ready for decision</source>
      <translation>Ready for decision</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="64" />
      <source>Remove</source>
      <translation>Remove</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="62" />
      <source>Save search…</source>
      <translation>Save search…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="59" />
      <source>Saved searches</source>
      <translation>Saved searches</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="31" />
      <source>Unassigned</source>
      <translation>Unassigned</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_form.py" line="76" />
      <source>not given</source>
      <translation>not given</translation>
    </message>
  </context>
  <context>
    <name>Registry</name>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="32" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="120" />
      <source>First entry</source>
      <translation>First entry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="34" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="41" />
      <source>Listed</source>
      <translation>Listed</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="31" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="37" />
      <source>No.</source>
      <translation>No.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="42" />
      <source>Recognised</source>
      <translation>Recognised</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="121" />
      <source>Second entry</source>
      <translation>Second entry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="36" />
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="33" />
      <source>Tier</source>
      <translation>Tier</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="40" />
      <source>Unlisted</source>
      <translation>Unlisted</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="35" />
      <source>Web domains</source>
      <translation>Web domains</translation>
    </message>
  </context>
  <context>
    <name>RegistryEditor</name>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="88" />
      <source>&amp;Add research institution…</source>
      <translation>&amp;Add research institution…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="106" />
      <source>&amp;Entries</source>
      <translation>&amp;Entries</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="94" />
      <source>&amp;Merge second into first</source>
      <translation>&amp;Merge second into first</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="272" />
      <source>Changing the registry…</source>
      <translation>Changing the registry…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="75" />
      <source>Country</source>
      <translation>Country</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="107" />
      <source>D&amp;uplicates</source>
      <translation>D&amp;uplicates</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="186" />
      <source>D&amp;uplicates (looking…)</source>
      <translation>D&amp;uplicates (looking…)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="182" />
      <source>D&amp;uplicates ({count})</source>
      <translation>D&amp;uplicates ({count})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="64" />
      <source>Institution registry</source>
      <translation>Institution registry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="187" />
      <source>Looking for duplicate names…</source>
      <translation>Looking for duplicate names…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="96" />
      <source>Merge first into &amp;second</source>
      <translation>Merge first into &amp;second</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="220" />
      <source>No. {dup} merged into No. {keep} ({name}).</source>
      <translation>No. {dup} merged into No. {keep} ({name}).</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="86" />
      <source>Raise to &amp;recognised</source>
      <translation>Raise to &amp;recognised</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="69" />
      <source>Search names, e.g. Lagos</source>
      <translation>Search names, e.g. Lagos</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="71" />
      <source>Search the registry</source>
      <translation>Search the registry</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="138" />
      <source>These entries share one name in one country, so an application naming that institution matches both and stays in review. Merge each pair into the entry to keep; the other stops matching and its web domains join the kept entry.</source>
      <translation>These entries share one name in one country, so an application naming that institution matches both and stays in review. Merge each pair into the entry to keep; the other stops matching and its web domains join the kept entry.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="236" />
      <source>{name} added.</source>
      <translation>{name} added.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="211" />
      <source>{name} is now recognised.</source>
      <translation>{name} is now recognised.</translation>
    </message>
  </context>
  <context>
    <name>SettingsOptions</name>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="129" />
      <source>Yes</source>
      <translation>Yes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="168" />
      <source>comma-separated, e.g. {example}</source>
      <translation>comma-separated, e.g. {example}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="34" />
      <source>no</source>
      <translation>no</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="34" />
      <source>yes</source>
      <translation>yes</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="61" />
      <source>{description}
Default: {default}</source>
      <translation>{description}
Default: {default}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="201" />
      <source>{value} (fixed by the rule pack)</source>
      <translation>{value} (fixed by the rule pack)</translation>
    </message>
  </context>
  <context>
    <name>SettingsPages</name>
    <message>
      <location filename="../../kvisa_desk/ui/settings_pages.py" line="82" />
      <source>How this post works: targets, limits and sign-off.</source>
      <translation>How this post works: targets, limits and sign-off.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_pages.py" line="73" />
      <source>Rule parameters</source>
      <translation>Rule parameters</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_pages.py" line="74" />
      <source>Values the rules of pack {pack} use at this post. Those marked ASSUMPTION are readings the published sources do not settle; change them only on instruction.</source>
      <translation>Values the rules of pack {pack} use at this post. Those marked ASSUMPTION are readings the published sources do not settle; change them only on instruction.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_pages.py" line="81" />
      <source>Working settings</source>
      <translation>Working settings</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="36" />
      <source>Action</source>
      <translation>Action</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="31" />
      <source>Add the note being written</source>
      <translation>Add the note being written</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="32" />
      <source>Anywhere</source>
      <translation>Anywhere</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="66" />
      <source>Attach document</source>
      <translation>Attach document</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="29" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="34" />
      <source>Close the case window</source>
      <translation>Close the case window</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="26" />
      <source>Keyboard shortcuts</source>
      <translation>Keyboard shortcuts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="36" />
      <source>Keys</source>
      <translation>Keys</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="32" />
      <source>Move between fields</source>
      <translation>Move between fields</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="65" />
      <source>New note</source>
      <translation>New note</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="67" />
      <source>Next case</source>
      <translation>Next case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="33" />
      <source>Open the selected case</source>
      <translation>Open the selected case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="68" />
      <source>Previous case</source>
      <translation>Previous case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="63" />
      <source>Redo</source>
      <translation>Redo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="64" />
      <source>Run checks</source>
      <translation>Run checks</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="61" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="62" />
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="36" />
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="28" />
      <source>Worklist</source>
      <translation>Worklist</translation>
    </message>
  </context>
  <context>
    <name>SignIn</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="181" />
      <source>Demo accounts</source>
      <translation>Demo accounts</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="186" />
      <source>Demo accounts were created. Note the passwords: they are shown only this once.

{accounts}</source>
      <translation>Demo accounts were created. Note the passwords: they are shown only this once.

{accounts}</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="94" />
      <source>&amp;Password</source>
      <translation>&amp;Password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="93" />
      <source>&amp;Username</source>
      <translation>&amp;Username</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="58" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="92" />
      <source>Password</source>
      <translation>Password</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="95" />
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="84" />
      <source>Sign in to KVisa Desk</source>
      <translation>Sign in to KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="85" />
      <source>Sign in with your KVisa Desk account.</source>
      <translation>Sign in with your KVisa Desk account.</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="91" />
      <source>Username</source>
      <translation>Username</translation>
    </message>
  </context>
  <context>
    <name>WorkflowBar</name>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="33" />
      <source>&amp;Move to</source>
      <translation>&amp;Move to</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="40" />
      <source>Assi&amp;gn</source>
      <translation>Assi&amp;gn</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="70" />
      <source>Assign to me</source>
      <translation>Assign to me</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="105" />
      <source>Assigning the case…</source>
      <translation>Assigning the case…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="91" />
      <source>Moving the case to {status}…</source>
      <translation>Moving the case to {status}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="65" />
      <source>No further step: the case is closed</source>
      <translation>No further step: the case is closed</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="77" />
      <source>Nobody (unassign)</source>
      <translation>Nobody (unassign)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="45" />
      <source>Workflow:</source>
      <translation>Workflow:</translation>
    </message>
  </context>
  <context>
    <name>WorklistFilters</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="73" />
      <source>Any nationality</source>
      <translation>Any nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="82" />
      <source>Any officer</source>
      <translation>Any officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="77" />
      <source>Any outcome</source>
      <translation>Any outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="69" />
      <source>Any status</source>
      <translation>Any status</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="91" />
      <source>Clear</source>
      <translation>Clear</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="92" />
      <source>Clear the search and every filter</source>
      <translation>Clear the search and every filter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="81" />
      <source>Filter by assigned officer</source>
      <translation>Filter by assigned officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="76" />
      <source>Filter by check outcome</source>
      <translation>Filter by check outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="72" />
      <source>Filter by nationality</source>
      <translation>Filter by nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="68" />
      <source>Filter by status</source>
      <translation>Filter by status</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="88" />
      <source>Received from</source>
      <translation>Received from</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="89" />
      <source>Received until</source>
      <translation>Received until</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="102" />
      <source>Received:</source>
      <translation>Received:</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="57" />
      <source>Search cases</source>
      <translation>Search cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="59" />
      <source>Search: case or application id, name in any script, passport, e-mail (Ctrl+F)</source>
      <translation>Search: case or application id, name in any script, passport, e-mail (Ctrl+F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="130" />
      <source>any</source>
      <translation>any</translation>
    </message>
  </context>
  <context>
    <name>WorklistModel</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="36" />
      <source>A (degree)</source>
      <translation>A (degree)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="38" />
      <source>A and B</source>
      <translation>A and B</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="92" />
      <source>Age</source>
      <translation>Age</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="74" />
      <source>Applicant</source>
      <translation>Applicant</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="37" />
      <source>B (post)</source>
      <translation>B (post)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="71" />
      <source>Case</source>
      <translation>Case</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="112" />
      <source>Check outcome</source>
      <translation>Check outcome</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="124" />
      <source>Days open</source>
      <translation>Days open</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="86" />
      <source>Nationality</source>
      <translation>Nationality</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="80" />
      <source>Native name</source>
      <translation>Native name</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="39" />
      <source>None met</source>
      <translation>None met</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="131" />
      <source>Officer</source>
      <translation>Officer</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="118" />
      <source>Received</source>
      <translation>Received</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="99" />
      <source>Route</source>
      <translation>Route</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="106" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
  </context>
  <context>
    <name>WorklistPanel</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_panel.py" line="144" />
      <source>{count} cases</source>
      <translation>{count} cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_panel.py" line="150" />
      <source>{count} matching cases</source>
      <translation>{count} matching cases</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_panel.py" line="146" />
      <source>{count} matching cases shown: the best {limit}. Type more to narrow the search.</source>
      <translation>{count} matching cases shown: the best {limit}. Type more to narrow the search.</translation>
    </message>
  </context>
  <context>
    <name>WorklistView</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_view.py" line="132" />
      <source>Reset columns</source>
      <translation>Reset columns</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_view.py" line="35" />
      <source>Worklist</source>
      <translation>Worklist</translation>
    </message>
  </context>
  <context>
    <name>_FormDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="58" />
      <source>Error</source>
      <translation>Error</translation>
    </message>
  </context>
</TS>
