<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>AccountForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="80" />
      <source>&amp;Full name</source>
      <translation>姓名(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="83" />
      <source>&amp;Role</source>
      <translation>角色(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="81" />
      <source>&amp;Title</source>
      <translation>职衔(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="79" />
      <source>&amp;Username</source>
      <translation>用户名(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="94" />
      <source>A one-time password is made for the new account and shown once; its owner chooses their own at first sign-in.</source>
      <translation>系统将为新账户生成一次性密码，仅显示这一次；账户本人首次登录时须自行设置密码。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="106" />
      <source>Add account</source>
      <translation>添加账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="56" />
      <source>Add an account</source>
      <translation>添加账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="56" />
      <source>Change account</source>
      <translation>修改账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="130" />
      <source>Enter the full name: letters this account issues are signed with it.</source>
      <translation>请填写姓名：该账户出具的信函以此署名。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="106" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="86" />
      <source>The full name and title are what letters are signed with. Officers work on cases; supervisors also sign off refusals; administrators manage accounts and do no case work.</source>
      <translation>信函以姓名和职衔署名。签证官办理案件；主管还负责复核拒签；管理员管理账户，不办理案件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="82" />
      <source>Title in &amp;Chinese</source>
      <translation>中文职衔(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="64" />
      <source>e.g. Ada Obi</source>
      <translation>例如：张伟</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="67" />
      <source>e.g. Visa Officer</source>
      <translation>例如：签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="61" />
      <source>e.g. ada.obi (no spaces)</source>
      <translation>例如：zhang.wei（不含空格）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="71" />
      <source>e.g. 签证官员</source>
      <translation>例如：签证官员</translation>
    </message>
  </context>
  <context>
    <name>Accounts</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="45" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="45" />
      <source>Deactivated</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="25" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="29" />
      <source>Last sign-in</source>
      <translation>上次登录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="72" />
      <source>Never</source>
      <translation>从未登录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="27" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="28" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="26" />
      <source>Title</source>
      <translation>职衔</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="24" />
      <source>Username</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="47" />
      <source>locked until {time}</source>
      <translation>锁定至 {time}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="49" />
      <source>must change password</source>
      <translation>须修改密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_model.py" line="51" />
      <source>no key yet: set a one-time password</source>
      <translation>尚无密钥：请设置一次性密码</translation>
    </message>
  </context>
  <context>
    <name>AccountsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="101" />
      <source>&amp;Add account…</source>
      <translation>添加账户(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="103" />
      <source>&amp;Change…</source>
      <translation>修改(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="105" />
      <source>&amp;Deactivate</source>
      <translation>停用(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="107" />
      <source>&amp;Unlock</source>
      <translation>解锁(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="177" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="236" />
      <source>Account {name} added.</source>
      <translation>已添加账户 {name}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="257" />
      <source>Account {name} changed.</source>
      <translation>已修改账户 {name}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="277" />
      <source>Account {name} deactivated.</source>
      <translation>已停用账户 {name}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="290" />
      <source>Account {name} reactivated.</source>
      <translation>已重新启用账户 {name}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="304" />
      <source>Account {name} unlocked.</source>
      <translation>已解锁账户 {name}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="60" />
      <source>Accounts</source>
      <translation>账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="267" />
      <source>Deactivate account</source>
      <translation>停用账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="268" />
      <source>Deactivate {name}? They can no longer sign in; their cases, decisions and history stay as they are. You can reactivate the account later.</source>
      <translation>停用 {name}？该账户将无法登录；其案件、决定和历史记录保持不变。之后可以重新启用该账户。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="68" />
      <source>Everyone who may sign in at this post. Every change is recorded in the audit trail.</source>
      <translation>本馆所有可登录的账户。每项更改都记入审计日志。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="173" />
      <source>No key yet for {names}: they cannot sign in to this encrypted database. Select each and choose Set one-time password; the password you pass on opens it for them.</source>
      <translation>{names} 尚无本加密数据库的密钥，目前无法登录。请逐一选中，点击“设置一次性密码”；您转交给本人的一次性密码即可为其打开数据库。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="329" />
      <source>One-time password set for {name}.</source>
      <translation>已为 {name} 设置一次性密码。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="331" />
      <source>One-time password set for {name}: it now opens the encrypted database too.</source>
      <translation>已为 {name} 设置一次性密码；凭此密码现在也能打开加密数据库。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="197" />
      <source>Re&amp;activate</source>
      <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="317" />
      <source>Set a one-time password</source>
      <translation>设置一次性密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="318" />
      <source>Set a one-time password for {name}? Their present password stops working. Until they have chosen their own and 24 hours have passed, their sign-offs and approvals are flagged to supervisors.</source>
      <translation>为 {name} 设置一次性密码？其现有密码将失效。在其自行设置新密码并满 24 小时之前，其复核和批准将向主管标记提示。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="110" />
      <source>Set one-time &amp;password…</source>
      <translation>设置一次性密码(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/accounts_dialog.py" line="62" />
      <source>Your administrator account is ready. Now add the post's first officers and supervisors: each gets a one-time password to pass on, and chooses their own at first sign-in. Administrators do no case work.</source>
      <translation>管理员账户已创建。现在请添加本馆的首批签证官和主管：每个账户会获得一个一次性密码，请转交本人，本人首次登录时自行设置密码。管理员不办理案件。</translation>
    </message>
  </context>
  <context>
    <name>ApplicationImport</name>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="141" />
      <source>%Ln records read…</source>
      <translation>
        <numerusform>已读取 %Ln 条记录…</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="54" />
      <source>&amp;Import applications…</source>
      <translation>导入申请(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="79" />
      <source>An import is running already: wait for it to end.</source>
      <translation>已有导入正在进行：请等待其结束。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="127" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="56" />
      <source>Ctrl+I</source>
      <translation>Ctrl+I</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="65" />
      <source>Every field of an application file, examples, and what each error means</source>
      <translation>申请文件的每个字段、示例以及各错误的含义</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="72" />
      <source>Import applications</source>
      <translation>导入申请</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="109" />
      <source>Importing {file}…</source>
      <translation>正在导入 {file}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="58" />
      <source>Make cases of an application file: JSON, JSON Lines or CSV (kvisa-application/1)</source>
      <translation>由申请文件建立案件：JSON、JSON Lines 或 CSV（kvisa-application/1）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="122" />
      <source>Stopping after the record being read; the records before are kept…</source>
      <translation>读完当前记录后停止；之前的记录予以保留…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="62" />
      <source>The import file &amp;format</source>
      <translation>导入文件格式(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="175" />
      <source>The import of {file} failed: {reason}. Nothing was imported.</source>
      <translation>导入 {file} 失败：{reason}。未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="173" />
      <source>{file} cannot be imported: {reason}. Nothing was imported.</source>
      <translation>{file} 无法导入：{reason}。未导入任何内容。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="85" />
      <source>{file} is not an application file. Import takes .json, .jsonl or .csv files in the kvisa-application/1 format (Help: the import file format).</source>
      <translation>{file} 不是申请文件。导入只接受 kvisa-application/1 格式的 .json、.jsonl 或 .csv 文件（见帮助：导入文件格式）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/application_import.py" line="156" />
      <source>{file}: {imported} imported, {rejected} rejected</source>
      <translation>{file}：导入 {imported} 条，拒收 {rejected} 条</translation>
    </message>
  </context>
  <context>
    <name>AuditViewer</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="196" />
      <source>&amp;Action:</source>
      <translation>操作(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="196" />
      <source>&amp;Case:</source>
      <translation>案件(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="123" />
      <source>&amp;Export…</source>
      <translation>导出(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="95" />
      <source>&amp;From</source>
      <translation>起始(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="96" />
      <source>&amp;To</source>
      <translation>截止(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="117" />
      <source>&amp;Verify chain</source>
      <translation>验证链(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="27" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="89" />
      <source>All actions</source>
      <translation>全部操作</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="347" />
      <source>Audit chain broken at event {event}: {problem}</source>
      <translation>审计链在事件 {event} 处断裂：{problem}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="342" />
      <source>Audit chain intact: {count} events verified.</source>
      <translation>审计链完整：已验证 {count} 个事件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="185" />
      <source>Audit events</source>
      <translation>审计事件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="82" />
      <source>Audit trail</source>
      <translation>审计日志</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="370" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="28" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="206" />
      <source>D&amp;one by:</source>
      <translation>操作人(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="209" />
      <source>Dates (local):</source>
      <translation>日期（本地时间）：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="104" />
      <source>Details of the selected event</source>
      <translation>所选事件的详情</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="26" />
      <source>Done by</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="30" />
      <source>Event</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="306" />
      <source>Events {first}–{last} of {total}, newest first</source>
      <translation>第 {first}–{last} 个事件，共 {total} 个，最新的在前</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="88" />
      <source>Everyone</source>
      <translation>全部人员</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="369" />
      <source>Export the audit trail</source>
      <translation>导出审计日志</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="380" />
      <source>Exported {rows} events to {path}.</source>
      <translation>已将 {rows} 个事件导出至 {path}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="385" />
      <source>Exporting the audit trail…</source>
      <translation>正在导出审计日志…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="110" />
      <source>Newer events (Ctrl+PgUp)</source>
      <translation>较新的事件（Ctrl+PgUp）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="303" />
      <source>No events match.</source>
      <translation>没有匹配的事件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="71" />
      <source>No further details were recorded.</source>
      <translation>此事件未记录其他详情。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="112" />
      <source>Ol&amp;der ▶</source>
      <translation>较早(&amp;D) ▶</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="114" />
      <source>Older events (Ctrl+PgDown)</source>
      <translation>较早的事件（Ctrl+PgDown）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="273" />
      <source>Reading the trail…</source>
      <translation>正在读取审计日志…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="125" />
      <source>Save the filtered events as CSV (Ctrl+E)</source>
      <translation>将筛选出的事件保存为 CSV（Ctrl+E）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="105" />
      <source>Select an event to read its recorded details.</source>
      <translation>选择一条事件以查看其记录的详情。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="24" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="338" />
      <source>Verifying the chain…</source>
      <translation>正在验证审计链…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="358" />
      <source>Verifying the chain… {count} events so far</source>
      <translation>正在验证审计链… 已验证 {count} 个事件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="120" />
      <source>Walk the whole hash chain and name the first changed event (Ctrl+Shift+V)</source>
      <translation>遍历整条哈希链，指出第一个被改动的事件（Ctrl+Shift+V）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_model.py" line="29" />
      <source>What happened</source>
      <translation>事件说明</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="92" />
      <source>e.g. C0000042</source>
      <translation>例如 C0000042</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/audit_viewer.py" line="108" />
      <source>◀ &amp;Newer</source>
      <translation>◀ 较新(&amp;N)</translation>
    </message>
  </context>
  <context>
    <name>BarChart</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_charts.py" line="49" />
      <source>None in this period</source>
      <translation>此期间内无数据</translation>
    </message>
  </context>
  <context>
    <name>BatchChecks</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="67" />
      <source>Checked {done} of {total} cases</source>
      <translation>已核查 {done} / {total} 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="92" />
      <source>Checking every case…</source>
      <translation>正在核查全部案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="135" />
      <source>Checking stopped</source>
      <translation>核查已停止</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="96" />
      <source>Checking {count} cases…</source>
      <translation>正在核查 {count} 个案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="65" />
      <source>Stopped: checked {done} of {total} cases</source>
      <translation>已停止：已核查 {done} / {total} 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="136" />
      <source>The checks failed: {error}</source>
      <translation>核查失败：{error}</translation>
    </message>
  </context>
  <context>
    <name>BatchProgress</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="31" />
      <source>%v of %m cases</source>
      <translation>%v / %m 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="33" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="32" />
      <source>Checking progress</source>
      <translation>核查进度</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/batch.py" line="54" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
  </context>
  <context>
    <name>CareerTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="187" />
      <source>Awarded on</source>
      <translation>授予日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="77" />
      <source>Con&amp;firm code</source>
      <translation>确认代码(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="279" />
      <source>Confirming the ISCED-F code…</source>
      <translation>正在确认 ISCED-F 代码…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="186" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="195" />
      <source>Degree {n}: {level}</source>
      <translation>学位 {n}：{level}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="205" />
      <source>Employer</source>
      <translation>用人单位</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="183" />
      <source>Field</source>
      <translation>专业领域</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="216" />
      <source>From</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="184" />
      <source>ISCED-F code</source>
      <translation>ISCED-F 代码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="71" />
      <source>ISCED-F code to confirm</source>
      <translation>待确认的 ISCED-F 代码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="185" />
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="208" />
      <source>Kind of post</source>
      <translation>职位类型</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="178" />
      <source>Level</source>
      <translation>层次</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="102" />
      <source>No code could be suggested from “{field}”: type the ISCED-F code and confirm it.</source>
      <translation>无法根据“{field}”推荐代码：请输入 ISCED-F 代码并确认。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="277" />
      <source>Not confirmed: {reason}</source>
      <translation>未确认：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="205" />
      <source>Position</source>
      <translation>职位</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="225" />
      <source>Post {n}</source>
      <translation>任职 {n}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="79" />
      <source>Record this ISCED-F code as confirmed by you</source>
      <translation>将此 ISCED-F 代码记录为经您确认</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="98" />
      <source>Suggested from “{field}”: {code} (from the words “{keyword}”). Not confirmed yet: confirm it or another code.</source>
      <translation>根据“{field}”推荐：{code}（依据词语“{keyword}”）。尚未确认：请确认此代码或其他代码。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="151" />
      <source>The application lists no degrees and no posts.</source>
      <translation>申请中未列出任何学位或任职。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="217" />
      <source>Until</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="217" />
      <source>YYYY-MM-DD, empty while it lasts</source>
      <translation>YYYY-MM-DD，在职期间留空</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="72" />
      <source>e.g. 0713</source>
      <translation>例如 0713</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="186" />
      <source>e.g. NG or NGA</source>
      <translation>例如 NG 或 NGA</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="104" />
      <source>no field given</source>
      <translation>未填写专业领域</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/career.py" line="50" />
      <source>not given</source>
      <translation>未填写</translation>
    </message>
  </context>
  <context>
    <name>CaseChecks</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="58" />
      <source>Check this case against the rules now (Ctrl+R)</source>
      <translation>立即按规则核查本案（Ctrl+R）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="89" />
      <source>Checking {case}…</source>
      <translation>正在核查 {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="72" />
      <source>Reading the decision of {case}…</source>
      <translation>正在读取 {case} 的决定…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="143" />
      <source>Reading the past checks of {case}…</source>
      <translation>正在读取 {case} 的历次核查…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="177" />
      <source>Replaying check run {run}…</source>
      <translation>正在复现核查记录 {run}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="123" />
      <source>Saving the override…</source>
      <translation>正在保存改判…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="185" />
      <source>The checks could not run</source>
      <translation>无法运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="158" />
      <source>The past checks could not be read</source>
      <translation>无法读取历次核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="56" />
      <source>This case is finished: its checks stay as they were when it was decided.</source>
      <translation>此案件已办结：核查结果保持决定时的状态，不再重新核查。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/case_checks.py" line="186" />
      <source>{case}: {error}</source>
      <translation>{case}：{error}</translation>
    </message>
  </context>
  <context>
    <name>CaseDocuments</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="348" />
      <source>Attach a document</source>
      <translation>附加材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="391" />
      <source>Attaching {name}…</source>
      <translation>正在附加 {name}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>Check</source>
      <translation>核验</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="254" />
      <source>Damaged</source>
      <translation>已损坏</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="27" />
      <source>Demo data</source>
      <translation>演示数据</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>Document</source>
      <translation>材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="102" />
      <source>Documents</source>
      <translation>材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>File name</source>
      <translation>文件名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="343" />
      <source>Not attached: this case is finished; its documents can no longer change.</source>
      <translation>未附加：此案件已办结，其材料不可再更改。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="404" />
      <source>Not attached: {reason}</source>
      <translation>未附加：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="115" />
      <source>Open full view (Enter)</source>
      <translation>打开完整视图（Enter）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="449" />
      <source>Reading the photo…</source>
      <translation>正在读取照片…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="43" />
      <source>Removed ({officer}, {when}): {reason}</source>
      <translation>已移除（{officer}，{when}）：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="119" />
      <source>Show re&amp;moved documents (kept, with who and why)</source>
      <translation>显示已移除的材料(&amp;M)（已保留，并注明移除人及理由）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="286" />
      <source>Showing {document}…</source>
      <translation>正在显示 {document}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/documents_tab.py" line="99" />
      <source>Where from</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="33" />
      <source>attached by {officer}, {when}</source>
      <translation>由 {officer} 于 {when} 附加</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="36" />
      <source>{file} (listed in the application, not attached)</source>
      <translation>{file}（申请中已列出，未附加）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/rows.py" line="51" />
      <source>{status} ({officer}, {when})</source>
      <translation>{status}（{officer}，{when}）</translation>
    </message>
  </context>
  <context>
    <name>CaseEditing</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="176" />
      <source>Not saved: correct the marked fields ({fields}).</source>
      <translation>未保存：请更正标出的字段（{fields}）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="224" />
      <source>Not saved: {reason}</source>
      <translation>未保存：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="232" />
      <source>Saved meanwhile</source>
      <translation>他人已先行保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="191" />
      <source>Saving {case}…</source>
      <translation>正在保存 {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="228" />
      <source>{reason}

Reload the case now? Their changes will show, and yours are put back on top, unsaved, for you to check and save again.</source>
      <translation>{reason}

现在重新加载案件吗？将显示对方的修改，您的修改会重新叠加在上面（未保存），供您核对后再次保存。</translation>
    </message>
  </context>
  <context>
    <name>CaseExportOptions</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="89" />
      <source>&amp;Language:</source>
      <translation>语言(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="86" />
      <source>&amp;Officers' names</source>
      <translation>签证官姓名(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="84" />
      <source>&amp;Screening facts (re-entry ban, security, funds)</source>
      <translation>审查事实(&amp;S)（禁止再入境、安全、资金）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="77" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="76" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="78" />
      <source>English and Chinese</source>
      <translation>中英文</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="85" />
      <source>Internal &amp;notes</source>
      <translation>内部备注(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="91" />
      <source>Leave out (the summary and the manifest say what was left out and why):</source>
      <translation>不包含以下内容（摘要和清单会注明省略了什么及原因）：</translation>
    </message>
  </context>
  <context>
    <name>CaseExports</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="142" />
      <source>&amp;Print summary…</source>
      <translation>打印摘要(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="137" />
      <source>&amp;Save summary…</source>
      <translation>保存摘要(&amp;S)…</translation>
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
      <translation>披露文件包(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="247" />
      <source>Disclosure bundle</source>
      <translation>披露文件包</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="273" />
      <source>Disclosure bundle written to {path}: {count} files.</source>
      <translation>披露文件包已写入 {path}：共 {count} 个文件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="151" />
      <source>E&amp;xport</source>
      <translation>导出(&amp;X)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="253" />
      <source>Folder to put the bundle in (a new folder is made there)</source>
      <translation>存放文件包的文件夹（将在其中新建一个文件夹）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="169" />
      <source>Not done: {reason}</source>
      <translation>未完成：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="184" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="208" />
      <source>Print the case summary</source>
      <translation>打印案件摘要</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="242" />
      <source>Printing the case summary…</source>
      <translation>正在打印案件摘要…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="177" />
      <source>Save the case summary</source>
      <translation>保存案件摘要</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="239" />
      <source>Summary printed ({pages} pages).</source>
      <translation>摘要已打印（{pages} 页）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="200" />
      <source>Summary saved to {path}.</source>
      <translation>摘要已保存至 {path}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="203" />
      <source>Writing the case summary…</source>
      <translation>正在生成案件摘要…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/exports.py" line="279" />
      <source>Writing the disclosure bundle…</source>
      <translation>正在生成披露文件包…</translation>
    </message>
  </context>
  <context>
    <name>CaseHeader</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="62" />
      <source>Applicant's photo</source>
      <translation>申请人照片</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="83" />
      <source>Case {case} · application {application} at {post}</source>
      <translation>案件 {case} · 申请 {application}，受理馆 {post}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="110" />
      <source>Check outcome: {outcome}</source>
      <translation>核查结果：{outcome}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="89" />
      <source>Status: {status}</source>
      <translation>状态：{status}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/header.py" line="93" />
      <source>{days} days open</source>
      <translation>已办理 {days} 天</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="121" />
      <source>&amp;Applicant</source>
      <translation>申请人(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="390" />
      <source>&amp;Attach document…</source>
      <translation>附加材料(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="126" />
      <source>&amp;Documents</source>
      <translation>材料(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="124" />
      <source>&amp;Education &amp;&amp; posts</source>
      <translation>学历与任职(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="131" />
      <source>&amp;History</source>
      <translation>历史(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="130" />
      <source>&amp;Letters</source>
      <translation>函件(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="386" />
      <source>&amp;New note</source>
      <translation>新建备注(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="392" />
      <source>&amp;Next case</source>
      <translation>下一个案件(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="128" />
      <source>&amp;Notes</source>
      <translation>备注(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="123" />
      <source>&amp;Passport</source>
      <translation>护照(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="394" />
      <source>&amp;Previous case</source>
      <translation>上一个案件(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="387" />
      <source>&amp;Recommend…</source>
      <translation>提出建议(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="373" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="384" />
      <source>&amp;Run checks</source>
      <translation>运行核查(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="366" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="125" />
      <source>&amp;Travel &amp;&amp; purpose</source>
      <translation>行程与目的(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="370" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="45" />
      <source>1 to 3660</source>
      <translation>1 至 3660</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="36" />
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="35" />
      <source>Address</source>
      <translation>地址</translation>
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
      <translation>已附加。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="127" />
      <source>Chec&amp;ks</source>
      <translation>核查(&amp;K)</translation>
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
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="129" />
      <source>De&amp;cision</source>
      <translation>决定(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="465" />
      <source>Decision recorded.</source>
      <translation>决定已记录。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="41" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="80" />
      <source>Done by</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="33" />
      <source>Email</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="51" />
      <source>Expires on</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="28" />
      <source>Given names</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="83" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="43" />
      <source>Host institution</source>
      <translation>接待机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="499" />
      <source>ISCED-F code {code} confirmed.</source>
      <translation>ISCED-F 代码 {code} 已确认。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="44" />
      <source>Intended entry</source>
      <translation>拟入境日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="388" />
      <source>Issue &amp;letter…</source>
      <translation>出具函件(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="50" />
      <source>Issued on</source>
      <translation>签发日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="49" />
      <source>Issuing state</source>
      <translation>签发国</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="286" />
      <source>Letter issued.</source>
      <translation>函件已出具。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="61" />
      <source>MRZ line 1</source>
      <translation>机读区第 1 行</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="62" />
      <source>MRZ line 2</source>
      <translation>机读区第 2 行</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="29" />
      <source>Name in native script</source>
      <translation>本国文字姓名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="32" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="273" />
      <source>Note added.</source>
      <translation>备注已添加。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="48" />
      <source>Passport number</source>
      <translation>护照号码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="34" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="31" />
      <source>Place of birth</source>
      <translation>出生地</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="56" />
      <source>Purpose of the visit</source>
      <translation>访问目的</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="522" />
      <source>Reloaded: check the changes and save again.</source>
      <translation>已重新加载：请核对修改后再次保存。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="443" />
      <source>Save your changes first (Ctrl+S): the checks read the saved case.</source>
      <translation>请先保存修改（Ctrl+S）：核查读取的是已保存的案件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="509" />
      <source>Saved meanwhile</source>
      <translation>他人已先行保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="495" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="436" />
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="57" />
      <source>Screening answers</source>
      <translation>审查问答</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="40" />
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="503" />
      <source>Status and assignment saved.</source>
      <translation>状态与分配已保存。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="45" />
      <source>Stay (days)</source>
      <translation>停留天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="27" />
      <source>Surname</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="410" />
      <source>This case is finished: its facts are shown, not edited.</source>
      <translation>此案件已办结：仅显示事实，不可编辑。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="536" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="80" />
      <source>What happened</source>
      <translation>事件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="80" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/facts.py" line="32" />
      <source>e.g. NGA</source>
      <translation>例如 NGA</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/tabs.py" line="32" />
      <source>not given</source>
      <translation>未填写</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="537" />
      <source>{case} has changes that are not saved. Save them?</source>
      <translation>{case} 有未保存的修改。是否保存？</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/view.py" line="510" />
      <source>{reason}

Reload the case now? Your unsaved edits are kept on top.</source>
      <translation>{reason}

现在重新加载案件吗？您未保存的修改将保留在上面。</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="50" />
      <source>An administrator set your password.</source>
      <translation>您的密码由管理员设置。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="52" />
      <source>At least {n} characters.</source>
      <translation>密码至少 {n} 个字符。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="42" />
      <source>Choose a new password</source>
      <translation>设置新密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="53" />
      <source>Choose your own before you go on.</source>
      <translation>继续之前，请设置您自己的密码。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="55" />
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="105" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="56" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="73" />
      <source>Protecting the database key with your new password…</source>
      <translation>正在用您的新密码保护数据库密钥…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="60" />
      <source>Repeat</source>
      <translation>重复</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="57" />
      <source>Repeat new password</source>
      <translation>再次输入新密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="198" />
      <source>That did not work: {error}. Try again, or ask the administrator.</source>
      <translation>操作未成功：{error}。请重试，或联系管理员。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="65" />
      <source>The two new passwords differ.</source>
      <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="112" />
      <source>Working</source>
      <translation>正在处理</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="232" />
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="48" />
      <source>Your password was reset from the database file, without sign-in.</source>
      <translation>您的密码是通过数据库文件重置的（未经登录）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="46" />
      <source>Your password was set with the database's recovery key.</source>
      <translation>您的密码是用本数据库的恢复密钥设置的。</translation>
    </message>
  </context>
  <context>
    <name>CheckResultsModel</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="126" />
      <source>ASSUMPTION</source>
      <translation>假设</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="37" />
      <source>About</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="41" />
      <source>Basis</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="104" />
      <source>Carried by the override of {overrides}</source>
      <translation>由以下部分改判促成：{overrides}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="38" />
      <source>Finding</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="39" />
      <source>Officer's override</source>
      <translation>签证官改判</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="35" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="126" />
      <source>Published rule</source>
      <translation>已公布规则</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="36" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="94" />
      <source>Set to {outcome} by {officer}, {when}: “{reason}”</source>
      <translation>由 {officer} 于 {when} 改判为{outcome}：“{reason}”</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="40" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="82" />
      <source>{outcome} (rule found: {found})</source>
      <translation>{outcome}（规则结论：{found}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/model.py" line="106" />
      <source>{rule} ({about}) by {officer}: “{reason}”</source>
      <translation>{rule}（{about}），{officer}改判：“{reason}”</translation>
    </message>
  </context>
  <context>
    <name>CheckRuns</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="51" />
      <source>Checked at</source>
      <translation>核查时间</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="166" />
      <source>Evaluate the selected run again from its own facts, pack and settings</source>
      <translation>按所选核查记录当时的事实、规则包和设置重新评估</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="52" />
      <source>Officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="55" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="142" />
      <source>Past check runs</source>
      <translation>历次核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="163" />
      <source>Repla&amp;y</source>
      <translation>复现(&amp;Y)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="268" />
      <source>Replayed run {run}: every result is identical to the stored one (same facts digest, same pack, same settings).</source>
      <translation>已复现核查记录 {run}：每项结果均与存档结果一致（事实摘要、规则包和设置均相同）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="276" />
      <source>Replayed run {run}: it does NOT match the stored results.
{differences}</source>
      <translation>已复现核查记录 {run}：与存档结果【不一致】。
{differences}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="260" />
      <source>Replaying run {run}…</source>
      <translation>正在复现核查记录 {run}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="150" />
      <source>Results of the selected run</source>
      <translation>所选核查记录的结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="53" />
      <source>Rule pack</source>
      <translation>规则包</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="50" />
      <source>Run</source>
      <translation>核查记录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="240" />
      <source>Run {run}: {outcome}
{line}</source>
      <translation>核查记录 {run}：{outcome}
{line}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="157" />
      <source>Selected result of the past run</source>
      <translation>历次核查中的所选结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="54" />
      <source>Settings version</source>
      <translation>设置版本</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="285" />
      <source>The run could not be replayed: {reason}</source>
      <translation>无法复现该核查记录：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="174" />
      <source>This case has no stored check runs yet.</source>
      <translation>本案件尚无已存档的核查记录。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/runs.py" line="79" />
      <source>{found} (with overrides: {effective})</source>
      <translation>{found}（改判后：{effective}）</translation>
    </message>
  </context>
  <context>
    <name>ChecksTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="169" />
      <source>    – {about} · {outcome} · {rule}: {finding}</source>
      <translation>    – {about} · {outcome} · {rule}：{finding}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="97" />
      <source>&amp;Override…</source>
      <translation>改判(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="94" />
      <source>&amp;Run checks</source>
      <translation>运行核查(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="213" />
      <source>ASSUMPTION: the published sources do not settle this rule; it applies the post's setting or the pack's stated reading. Weigh it with that in mind.</source>
      <translation>假设：公开资料未明确此规则；此处采用本馆设置或规则包所述的理解。请据此审慎判断。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="185" />
      <source>About</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="216" />
      <source>Check results</source>
      <translation>核查结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="44" />
      <source>Check the facts each failed rule names. If a fact is recorded wrongly, correct it and run the checks again. If the rule's finding is wrong for this case, select it and override it with a written reason.</source>
      <translation>请核对每条未通过规则所涉及的事实。如事实录入有误，请更正后重新运行核查；如规则的结论不适用于本案，请选中该结果并附书面理由进行改判。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="95" />
      <source>Check this case against the rules now (Ctrl+R)</source>
      <translation>立即按规则核查本案（Ctrl+R）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="100" />
      <source>Checked {when} by {officer} · {pack} · {settings}</source>
      <translation>{when} 由 {officer} 核查 · {pack} · {settings}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="145" />
      <source>Degrees and posts (they count only through K-RTE-01): {parts}.</source>
      <translation>学位与任职（仅通过 K-RTE-01 计入）：{parts}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="36" />
      <source>Fail: the case does not meet the K visa rules as recorded</source>
      <translation>不通过：按现有记录，本案不符合K字签证规则</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="187" />
      <source>Finding</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="160" />
      <source>Latest run</source>
      <translation>最近一次核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="50" />
      <source>Look at each result marked Review and the evidence it names. When you are satisfied, override it to Pass with a written reason, or to Fail.</source>
      <translation>请逐一查看标为“待审查”的结果及其所涉证据。确认后，请附书面理由将其改判为“通过”或“不通过”。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="54" />
      <source>No result needs an officer's attention before a decision.</source>
      <translation>作出决定前，没有需要签证官处理的结果。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="261" />
      <source>Not checked yet</source>
      <translation>尚未核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="186" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="202" />
      <source>Override</source>
      <translation>改判</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="205" />
      <source>Overrides of parts</source>
      <translation>对部分结果的改判</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="319" />
      <source>Overrides that no longer apply, because the facts changed since they were made: {list}. Override again if they still hold.</source>
      <translation>以下改判已失效，因为改判后事实发生了变化：{list}。如仍适用，请重新改判。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="39" />
      <source>Pass: every rule is met</source>
      <translation>通过：全部规则均已满足</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="166" />
      <source>Past runs</source>
      <translation>历次核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="38" />
      <source>Review: an officer must look at the results marked Review</source>
      <translation>待审查：签证官须查看标为“待审查”的结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="184" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="201" />
      <source>Rule found</source>
      <translation>规则结论</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="252" />
      <source>Run the checks (Ctrl+R) to see how this case meets each K visa rule.</source>
      <translation>运行核查（Ctrl+R）以查看本案对每条K字签证规则的符合情况。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="105" />
      <source>Selected result</source>
      <translation>所选结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="188" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="73" />
      <source>This case is decided on check run {decided}, not on this later run {shown}: the run the decision was made on is under Past runs. No new check runs on a decided case.</source>
      <translation>此案件的决定依据的是核查记录 {decided}，而不是此后的核查记录 {shown}；决定所依据的核查记录见“历次核查”。已决定的案件不再重新核查。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="69" />
      <source>This case is decided: these results are the check run the decision was made on. They stay as they were; no new check runs on a decided case.</source>
      <translation>此案件已作出决定：以下结果即决定所依据的核查记录，保持原样；已决定的案件不再重新核查。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="235" />
      <source>This case is finished: its results stay as they were when it was decided.</source>
      <translation>此案件已办结：核查结果保持决定时的状态，不再改判。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="64" />
      <source>This case is {status} and was never checked; no check runs on it now.</source>
      <translation>此案件{status}，且从未核查；现在不再对其运行核查。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="78" />
      <source>This case is {status}: these are the results of its last check run. They stay as they were; no new check runs on a finished case.</source>
      <translation>此案件{status}：以下为其最后一次核查的结果，保持原样；已办结的案件不再重新核查。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="222" />
      <source>This result is about one degree or post. It reaches the case's outcome only through K-RTE-01: one degree (Route A) or one post (Route B) passing every part is enough.</source>
      <translation>此结果针对某一学位或任职，仅通过 K-RTE-01 影响案件结果：只要有一个学位（路径A）或一个任职（路径B）的各项均通过即可。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="28" />
      <source>This run predates translated findings (rule pack revision 1): its findings and sources are shown in the English words it stored, exactly as they were.</source>
      <translation>本次核查早于结论翻译功能（规则包第1次修订）：其结论与依据按当时保存的英文原样显示。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="122" />
      <source>This run used revision {before} of rule pack {pack}; revision {after} would change: {rules}. Run the checks (Ctrl+R) to apply it; overrides stay while the facts are unchanged.</source>
      <translation>本次核查使用规则包 {pack} 第 {before} 次修订；第 {after} 次修订将改变：{rules}。请重新运行核查（Ctrl+R）以适用新修订；事实未变的改判继续有效。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="98" />
      <source>Treat the selected result as another outcome</source>
      <translation>将所选结果改判为其他结论</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="199" />
      <source>Values used</source>
      <translation>所用数值</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="143" />
      <source>Whole case: {whole}.</source>
      <translation>整个案件：{whole}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="178" />
      <source>Why:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="117" />
      <source>no result</source>
      <translation>无结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="99" />
      <source>post settings version {version}</source>
      <translation>驻外机构设置版本 {version}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="97" />
      <source>post settings: the pack's defaults (version 0)</source>
      <translation>驻外机构设置：规则包默认值（版本 0）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="95" />
      <source>rule pack {pack} (no longer installed)</source>
      <translation>规则包 {pack}（已不再安装）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="88" />
      <source>rule pack {pack} revision {revision} ({title}), in force from {date}</source>
      <translation>规则包 {pack} 第 {revision} 次修订（{title}），自 {date} 起施行</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/checks_tab.py" line="311" />
      <source>{rule} ({about}) set to {outcome} by {officer}</source>
      <translation>{rule}（{about}）由 {officer} 改判为{outcome}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="114" />
      <source>{rule} ({about}): {before} → {after}</source>
      <translation>{rule}（{about}）：{before} → {after}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/texts.py" line="160" />
      <source>• {outcome} · {rule} {title}: {finding}</source>
      <translation>• {outcome} · {rule} {title}：{finding}</translation>
    </message>
  </context>
  <context>
    <name>Dashboard</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="410" />
      <source>&amp;Dashboard</source>
      <translation>统计面板(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="110" />
      <source>(not recorded)</source>
      <translation>（未记录）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="126" />
      <source>90th percentile</source>
      <translation>第 90 百分位</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="69" />
      <source>Above the overall rate, over at least {least} decisions</source>
      <translation>高于总体拒签率且决定数不少于 {least} 项</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="78" />
      <source>Approvals</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="146" />
      <source>Approve</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="73" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="74" />
      <source>Cases received</source>
      <translation>受理案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="52" />
      <source>Cases received in the period, by status now</source>
      <translation>本期受理的案件（按当前状态）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="129" />
      <source>Checks needing review</source>
      <translation>待审查的核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="412" />
      <source>Ctrl+Shift+D</source>
      <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="75" />
      <source>Days</source>
      <translation>天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="54" />
      <source>Days from receipt to decision</source>
      <translation>受理至决定所用天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="76" />
      <source>Decisions</source>
      <translation>决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="56" />
      <source>Decisions by ground</source>
      <translation>按依据统计的决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="55" />
      <source>Decisions by outcome</source>
      <translation>按结果统计的决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="125" />
      <source>Median</source>
      <translation>中位数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="127" />
      <source>Open cases</source>
      <translation>在办案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="83" />
      <source>Past the target days</source>
      <translation>超过目标天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="53" />
      <source>Received per week</source>
      <translation>每周受理量</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="66" />
      <source>Refusal rate</source>
      <translation>拒签率</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="62" />
      <source>Refusal rate by nationality</source>
      <translation>按国籍统计的拒签率</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="58" />
      <source>Refusal rate by recommending officer</source>
      <translation>拒签率（按提出建议的签证官员）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="59" />
      <source>Refusal rate of the decisions each supervisor signed off</source>
      <translation>拒签率（按审批签字的主管）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="79" />
      <source>Refusals</source>
      <translation>拒签</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="146" />
      <source>Refuse</source>
      <translation>拒签</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="57" />
      <source>Work waiting now</source>
      <translation>当前待办工作</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="104" />
      <source>{days} days</source>
      <translation>{days} 天</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="112" />
      <source>{refused} of {decided} refused, {rate}</source>
      <translation>已决定 {decided} 件，拒签 {refused} 件（{rate}）</translation>
    </message>
  </context>
  <context>
    <name>DashboardView</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="333" />
      <source> · {count} inbox submissions refused in part or whole</source>
      <translation> · 收件文件夹中 {count} 份提交被部分或全部拒收</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="250" />
      <source>&amp;Post:</source>
      <translation>驻外机构(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="252" />
      <source>&amp;Save report…</source>
      <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="241" />
      <source>All posts</source>
      <translation>全部驻外机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="362" />
      <source>As of {today}.</source>
      <translation>截至{today}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="240" />
      <source>Dashboard</source>
      <translation>统计面板</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="246" />
      <source>Every case</source>
      <translation>全部案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="245" />
      <source>Last 12 months</source>
      <translation>最近 12 个月</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="244" />
      <source>Last 13 weeks</source>
      <translation>最近 13 周</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="243" />
      <source>Last 4 weeks</source>
      <translation>最近 4 周</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="251" />
      <source>P&amp;eriod:</source>
      <translation>期间(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="373" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="291" />
      <source>Reading the dashboard…</source>
      <translation>正在读取统计面板…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="290" />
      <source>Reading the figures…</source>
      <translation>正在读取数据…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="314" />
      <source>Received {received} · decided {decided} · median {median} · 90th percentile {p90} days to decision · open {open}, {past} past the target · {review} checks to review</source>
      <translation>受理 {received} · 已决定 {decided} · 受理至决定天数中位数 {median}、第 90 百分位 {p90} · 在办 {open}，其中 {past} 件超过目标天数 · 待审查核查 {review} 项</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="389" />
      <source>Report saved to {path}.</source>
      <translation>报告已保存至 {path}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="372" />
      <source>Save the dashboard report</source>
      <translation>保存统计报告</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="253" />
      <source>The figures and charts as a PDF (Ctrl+S)</source>
      <translation>将数据和图表保存为 PDF（Ctrl+S）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="393" />
      <source>The report was not saved: {reason}</source>
      <translation>报告未保存：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="396" />
      <source>Writing the dashboard report…</source>
      <translation>正在生成统计报告…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/dashboard_tab.py" line="395" />
      <source>Writing the report…</source>
      <translation>正在生成报告…</translation>
    </message>
  </context>
  <context>
    <name>Decision</name>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="263" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="217" />
      <source>A refusal needs at least one ground: tick a result from the check run.</source>
      <translation>拒签建议至少需要一项依据：请勾选检查结果中的一项。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="331" />
      <source>An approval needs every result to pass. Still open (resolve each by its step, or override it on the Checks tab with a reason):</source>
      <translation>批准须所有结果均为通过。尚未处理的结果（请按各自步骤处理，或在“核查”选项卡中附理由改判）：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="208" />
      <source>An approval needs the visa terms (there are no defaults): missing {missing}.</source>
      <translation>批准建议须填写签证条件（无默认值）：缺少{missing}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="203" />
      <source>An approval needs the visa terms: entries, validity days and stay days (there are no defaults).</source>
      <translation>批准建议须填写签证条件：入境次数、有效期天数和每次停留天数（无默认值）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="211" />
      <source>An interview needs both its date and time and its place.</source>
      <translation>面谈须同时填写日期时间和地点。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="224" />
      <source>Case {case_ref} already has a recommendation awaiting sign-off: reload the case to see it.</source>
      <translation>案件 {case_ref} 已有待复核签批的建议：请重新载入案件查看。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="236" />
      <source>Case {case_ref} changed since you opened it: reload it and try again.</source>
      <translation>案件 {case_ref} 在您打开后已被修改：请重新载入后再试。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="243" />
      <source>Case {case_ref} has no recommendation awaiting sign-off.</source>
      <translation>案件 {case_ref} 没有待复核签批的建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="232" />
      <source>Case {case_ref} has not been checked: run the checks (Ctrl+R) before recommending.</source>
      <translation>案件 {case_ref} 尚未核查：提出建议前请先运行检查（Ctrl+R）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="229" />
      <source>Case {case_ref} is {status}: it takes no new recommendation.</source>
      <translation>案件 {case_ref} 的状态为{status}：不能再提出新的建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="300" />
      <source>Case {case_ref}: the case's facts changed after the check run this recommendation rests on (run {run}), so it cannot be agreed. Send it back with a reason, so the officer runs the checks again and recommends on the new results.</source>
      <translation>案件 {case_ref}：本建议所依据的检查（第 {run} 次运行）之后，案件事实已有变更，因此不能同意。请填写理由退回，由经办官员重新运行检查，并依据新结果重新提出建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="294" />
      <source>Case {case_ref}: the case's facts changed after the latest check run (run {run}), so an approval or a refusal cannot rest on its results. Run the checks again (Ctrl+R), then recommend on the new results.</source>
      <translation>案件 {case_ref}：最近一次检查（第 {run} 次运行）之后，案件事实已有变更，批准或拒签建议不能依据该次结果。请重新运行检查（Ctrl+R），再依据新结果提出建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="139" />
      <source>Documents requested: {docs}; reply by {date}.</source>
      <translation>要求补充的材料：{docs}；请于 {date} 前答复。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="144" />
      <source>Grounds:</source>
      <translation>依据：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="101" />
      <source>Not needed</source>
      <translation>不需要</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="128" />
      <source>Reason given: {reason}</source>
      <translation>所述理由：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="153" />
      <source>Reasoning:</source>
      <translation>理由说明：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="120" />
      <source>Recommended by {who}, {when}; check run {run}.</source>
      <translation>由 {who} 于 {when} 提出建议；核查记录 {run}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="312" />
      <source>Resolve each open result by the step it names, then run the checks again (Ctrl+R); or override it on the Checks tab with a reason.</source>
      <translation>请按每项未结结果所列的步骤处理，然后重新运行核查（Ctrl+R）；或在“核查”选项卡中附理由改判。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="307" />
      <source>Run the checks again (Ctrl+R), or override the failing result on the Checks tab with a reason.</source>
      <translation>请重新运行核查（Ctrl+R），或在“核查”选项卡中附理由改判未通过的结果。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="240" />
      <source>Sending a recommendation back needs a reason: type it beside the buttons.</source>
      <translation>退回建议须填写理由：请在按钮旁的输入框中填写。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="125" />
      <source>Sign-off: {text}</source>
      <translation>复核签批：{text}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="323" />
      <source>The case's facts changed after the latest check run (run {run}). Run the checks again (Ctrl+R) before recommending an approval or a refusal; a request for documents can still be made.</source>
      <translation>最近一次检查（第 {run} 次运行）之后，案件事实已有变更。建议批准或拒签之前，请重新运行检查（Ctrl+R）；补充材料要求仍可提出。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="220" />
      <source>The latest check run found no document missing: name the documents to request.</source>
      <translation>最近一次检查未发现缺少材料：请写明要求补充的材料。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="214" />
      <source>The reply-by date {date} is not after today: choose a later date.</source>
      <translation>答复期限 {date} 不晚于今天：请选择更晚的日期。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="131" />
      <source>Visa terms: {entries}; valid {validity} days; {stay} days each stay.</source>
      <translation>签证条件：{entries}；有效期 {validity} 天；每次停留 {stay} 天。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="98" />
      <source>Waiting for a supervisor other than {who}</source>
      <translation>等待 {who} 以外的主管签批</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="156" />
      <source>Warning: {text}</source>
      <translation>警告：{text}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="200" />
      <source>Write the reasoning: what in this case leads to the recommendation.</source>
      <translation>请填写理由说明：本案中促成该建议的具体情况。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="246" />
      <source>You recommended this {recommendation} and may not sign it off: another supervisor must.</source>
      <translation>此{recommendation}建议由您提出，您不能复核签批：须由另一位主管签批。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="39" />
      <source>attach the document the passing route relies on, then run the checks</source>
      <translation>附上所符合路径所需的材料，然后重新运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="38" />
      <source>attach the missing documents, then run the checks</source>
      <translation>附上缺少的材料，然后重新运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="272" />
      <source>case {case_ref} cannot be approved until every result listed above passes. A refusal or a request for documents needs no such step.</source>
      <translation>案件 {case_ref} 须上方所列各项结果均为通过方可批准。拒签或要求补充材料无需此步骤。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="31" />
      <source>confirm the field's ISCED-F code on the Education &amp; posts tab, then run the checks</source>
      <translation>在“学历与任职”选项卡中确认专业的 ISCED-F 代码，然后重新运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="255" />
      <source>entries</source>
      <translation>入境次数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="180" />
      <source>every ground chosen for this refusal is a result that passed.</source>
      <translation>为本拒签选定的每一项理由都是已通过的结果。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="45" />
      <source>judge whether the institution is well known</source>
      <translation>判断该机构是否知名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="338" />
      <source>look at the finding on the Checks tab</source>
      <translation>在“核查”选项卡中查看该结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="46" />
      <source>look at the other case or refusal it names</source>
      <translation>查看其指出的另一案件或拒签记录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="151" />
      <source>none chosen</source>
      <translation>未选择</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="42" />
      <source>record the intended entry date, then run the checks</source>
      <translation>录入拟入境日期，然后重新运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="35" />
      <source>record the screening facts on the case, then run the checks</source>
      <translation>在案件中录入审查事实，然后重新运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="257" />
      <source>stay days</source>
      <translation>每次停留天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="170" />
      <source>the latest check run (run {run}) is older than the latest change to the case's facts; this was recorded on that run's results.</source>
      <translation>最近一次检查（第 {run} 次运行）早于案件事实的最近一次变更；本记录依据的是该次运行的结果。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="175" />
      <source>the reasoning is only stock phrases: say what in this case led to the recommendation (the facts, documents or results relied on).</source>
      <translation>理由只有套话：请写明本案中促成该建议的具体情况（所依据的事实、材料或检查结果）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="256" />
      <source>validity days</source>
      <translation>有效期天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="28" />
      <source>verify the documents on the Documents tab, then run the checks</source>
      <translation>在“材料”选项卡中核验材料，然后重新运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="116" />
      <source>{recommendation} — {state}</source>
      <translation>{recommendation} — {state}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="108" />
      <source>{verdict} by {who}</source>
      <translation>{verdict}（{who}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/texts.py" line="92" />
      <source>{verdict} by {who}, {when}</source>
      <translation>{verdict}（{who}，{when}）</translation>
    </message>
  </context>
  <context>
    <name>DecisionTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="109" />
      <source>A&amp;gree</source>
      <translation>同意(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="315" />
      <source>Agree to put the recommendation into effect, or send it back with a reason.</source>
      <translation>同意则该建议即时生效；也可附理由予以退回。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="404" />
      <source>Agree with {who}'s recommendation ({what}) on {case}? It takes effect now.</source>
      <translation>同意 {who} 对 {case} 提出的建议（{what}）吗？该建议将立即生效。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="267" />
      <source>Case status: {status}. It takes no new recommendation.</source>
      <translation>案件状态：{status}。不再接受新的建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="263" />
      <source>Decision in effect: {what}. Case status: {status}.</source>
      <translation>已生效的决定：{what}。案件状态：{status}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="196" />
      <source>Decisions cannot be shown: {reason}</source>
      <translation>无法显示决定：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="94" />
      <source>Decisions on this case</source>
      <translation>本案件的决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="383" />
      <source>Every ground chosen for this refusal is a result still in review (for example documents not yet verified): nothing has been found against the applicant yet. Record the refusal anyway?</source>
      <translation>为本拒签选定的每一项依据都是仍待审查的结果（例如尚未核验的材料）：目前尚未发现对申请人不利的情况。仍要录入拒签建议吗？</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="90" />
      <source>Grounds</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="225" />
      <source>Grounds from check run {run} of {when}:</source>
      <translation>依据来自 {when} 的核查记录 {run}：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="273" />
      <source>Latest: {what}, {state}. Case status: {status}.</source>
      <translation>最新：{what}，{state}。案件状态：{status}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="223" />
      <source>No check run yet: run the checks first (Ctrl+R); grounds are their results.</source>
      <translation>尚无核查记录：请先运行核查（Ctrl+R），依据即为核查结果。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="271" />
      <source>No decision yet.</source>
      <translation>尚未作出决定。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="221" />
      <source>No recommendation has been recorded yet.</source>
      <translation>尚未录入任何建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="365" />
      <source>Not recorded: {reason}</source>
      <translation>未录入：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="423" />
      <source>Not signed off: {reason}</source>
      <translation>未签批：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="297" />
      <source>Nothing awaits sign-off.</source>
      <translation>没有待复核签批的建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="88" />
      <source>Officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="311" />
      <source>Only a supervisor signs off; {who} recommended it.</source>
      <translation>仅主管可签批；此建议由 {who} 提出。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="147" />
      <source>Reading the decisions…</source>
      <translation>正在读取决定…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="107" />
      <source>Reason (needed to send it back; kept in the record)</source>
      <translation>理由（退回时必填；将存入记录）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="105" />
      <source>Reason for sending it back</source>
      <translation>退回理由</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="86" />
      <source>Recommendation</source>
      <translation>建议</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="85" />
      <source>Recommended</source>
      <translation>建议时间</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="371" />
      <source>Recording the recommendation on {case}…</source>
      <translation>正在录入对 {case} 的建议…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="388" />
      <source>Refuse on results in review?</source>
      <translation>依据待审查结果拒签？</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="112" />
      <source>Send &amp;back</source>
      <translation>退回(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="411" />
      <source>Sign off</source>
      <translation>签批</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="89" />
      <source>Sign-off</source>
      <translation>复核签批</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="433" />
      <source>Signing off {case}…</source>
      <translation>正在签批 {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="87" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="305" />
      <source>The case's facts changed after the check run this recommendation rests on, so it cannot be agreed. Send it back with a reason, so the officer runs the checks again and recommends on the new results.</source>
      <translation>本建议所依据的检查之后，案件事实已有变更，因此不能同意。请填写理由退回，由经办官员重新运行检查，并依据新结果重新提出建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="98" />
      <source>The selected decision</source>
      <translation>所选决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="287" />
      <source>This case takes no new recommendation now.</source>
      <translation>本案件目前不接受新的建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="299" />
      <source>You recommended this; a supervisor signs it off.</source>
      <translation>此建议由您提出，须由主管签批。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="301" />
      <source>You recommended this; another supervisor must sign it off (you cannot).</source>
      <translation>此建议由您提出，须由另一位主管签批（您本人不能签批）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="246" />
      <source>Your recommendation ({what}) awaits a supervisor's sign-off.</source>
      <translation>您的建议（{what}）正等待主管签批。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="250" />
      <source>Your recommendation ({what}) awaits sign-off by another supervisor.</source>
      <translation>您的建议（{what}）正等待另一位主管签批。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="285" />
      <source>Your role does not record recommendations.</source>
      <translation>您的角色不能录入建议。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="257" />
      <source>{who} recommends: {what}. It awaits a supervisor's sign-off.</source>
      <translation>{who} 建议：{what}。等待主管签批。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/decision_tab.py" line="254" />
      <source>{who} recommends: {what}. It awaits your sign-off.</source>
      <translation>{who} 建议：{what}。等待您签批。</translation>
    </message>
  </context>
  <context>
    <name>DemoAccountsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_accounts_dialog.py" line="21" />
      <source>Demo accounts</source>
      <translation>演示账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_accounts_dialog.py" line="24" />
      <source>Demo accounts were created. Note the passwords: they are shown only this once. You are signed in as the first officer; use File ▸ Switch user to try another role.</source>
      <translation>演示账户已创建。请记下密码：密码仅显示这一次。您已以第一位签证官的身份登录；可通过“文件 ▸ 切换用户”体验其他角色。</translation>
    </message>
  </context>
  <context>
    <name>DemoCases</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="78" />
      <source>Add {count} synthetic demo cases to this database? They are invented applicants for training, not real applications.

Every account that uses this database will see them among the cases. Load them only into a database meant for exploring or training.</source>
      <translation>向此数据库添加 {count} 个合成演示案件？这些是用于培训的虚构申请人，并非真实申请。

使用此数据库的所有账户都会在案件中看到它们。请只加载到用于体验或培训的数据库中。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="70" />
      <source>Demo cases</source>
      <translation>演示案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="84" />
      <source>Load demo cases</source>
      <translation>加载演示案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="96" />
      <source>Loading {count} demo cases…</source>
      <translation>正在加载 {count} 个演示案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="101" />
      <source>The demo cases could not be loaded: {error}</source>
      <translation>无法加载演示案件：{error}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="103" />
      <source>This copy of KVisa Desk has no demo case generator yet.</source>
      <translation>此版本的 KVisa Desk 尚无演示案件生成器。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/demo_cases.py" line="63" />
      <source>This database has no cases yet. Load {count} demo cases to explore KVisa Desk?

The demo cases are fictitious applicants, for exploring or training only. They go into this database, so every account that uses it will see them among the cases. Do not load them into your post's working database.

You can load them later from File &gt; Load demo cases.</source>
      <translation>此数据库尚无案件。是否加载 {count} 个演示案件以体验 KVisa Desk？

演示案件中的申请人均为虚构，仅供体验或培训使用。它们将存入此数据库，使用此数据库的所有账户都会在案件中看到它们。请勿加载到本馆的正式工作数据库中。

以后也可以通过“文件 &gt; 加载演示案件”加载。</translation>
    </message>
  </context>
  <context>
    <name>DocumentActions</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="93" />
      <source>&amp;Attach…</source>
      <translation>附加(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="171" />
      <source>&amp;Mark suspected</source>
      <translation>标记为疑似伪造(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="69" />
      <source>&amp;Open</source>
      <translation>打开(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="220" />
      <source>&amp;Remove</source>
      <translation>移除(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="90" />
      <source>&amp;Remove…</source>
      <translation>移除(&amp;R)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="94" />
      <source>Attach a document (Ctrl+Shift+A, or drop files)</source>
      <translation>附加材料（Ctrl+Shift+A，或拖放文件）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="84" />
      <source>Mark &amp;not verified</source>
      <translation>标记为未核验(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="78" />
      <source>Mark &amp;suspected fraudulent…</source>
      <translation>标记为疑似伪造(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="72" />
      <source>Mark &amp;verified</source>
      <translation>标记为已核验(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="215" />
      <source>Remove a document</source>
      <translation>移除材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="216" />
      <source>Remove {document} from the case? It is kept in the store and in the case's history; say why it is removed.</source>
      <translation>要从案件中移除 {document} 吗？该材料仍保留在材料库和案件历史中；请说明移除理由。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="237" />
      <source>Removing the document…</source>
      <translation>正在移除材料…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="197" />
      <source>Saving the document's status…</source>
      <translation>正在保存材料状态…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="167" />
      <source>Suspected fraudulent</source>
      <translation>疑似伪造</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="168" />
      <source>Why do you suspect {document} is fraudulent?</source>
      <translation>您为何怀疑 {document} 系伪造？</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="234" />
      <source>{document} removed.</source>
      <translation>{document} 已移除。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/actions.py" line="192" />
      <source>{document}: {status}.</source>
      <translation>{document}：{status}。</translation>
    </message>
  </context>
  <context>
    <name>DocumentChecklist</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="64" />
      <source> and </source>
      <translation> 和 </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="69" />
      <source> or </source>
      <translation> 或 </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="61" />
      <source>Required documents (no route met yet)</source>
      <translation>所需材料（尚未满足任何路径）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="59" />
      <source>Required documents (run the checks to add the route's evidence)</source>
      <translation>所需材料（运行核查后将加入该路径所需的证明材料）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="63" />
      <source>Required documents for route {route}</source>
      <translation>路径 {route} 所需材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="91" />
      <source>attached, not verified</source>
      <translation>已附加，未核验</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="85" />
      <source>damaged</source>
      <translation>已损坏</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="92" />
      <source>missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="87" />
      <source>suspected fraudulent</source>
      <translation>疑似伪造</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="89" />
      <source>verified</source>
      <translation>已核验</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/checklist.py" line="76" />
      <source>{what}: {state}</source>
      <translation>{what}：{state}</translation>
    </message>
  </context>
  <context>
    <name>DocumentDrop</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/drop.py" line="97" />
      <source>Not attached: {name} cannot be read.</source>
      <translation>未附加：无法读取 {name}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/drop.py" line="101" />
      <source>Not attached: {name} is a folder; drop the files in it.</source>
      <translation>未附加：{name} 是文件夹，请拖放其中的文件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/drop.py" line="106" />
      <source>Not attached: {name} is not a file.</source>
      <translation>未附加：{name} 不是文件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/drop.py" line="88" />
      <source>Not attached: {url} is not a file on this computer; save it first.</source>
      <translation>未附加：{url} 不是本机上的文件，请先保存到本机。</translation>
    </message>
  </context>
  <context>
    <name>DocumentKindDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="149" />
      <source>&amp;Attach</source>
      <translation>附加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="143" />
      <source>Attach a document</source>
      <translation>附加材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="145" />
      <source>What kind of document is “{name}”?</source>
      <translation>“{name}”是哪种材料？</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreview</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="63" />
      <source>1 page</source>
      <translation>1 页</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="132" />
      <source>Page {page} cannot be shown.</source>
      <translation>无法显示第 {page} 页。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="77" />
      <source>Removed by {officer}, {when} · {reason}</source>
      <translation>已移除（{officer}，{when}）· {reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="124" />
      <source>This PDF cannot be shown.</source>
      <translation>无法显示此 PDF。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="70" />
      <source>This file cannot be shown.</source>
      <translation>无法显示此文件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="161" />
      <source>{document} cannot be shown: {reason}</source>
      <translation>无法显示 {document}：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="156" />
      <source>{document} is damaged: its content no longer matches the fingerprint (SHA-256) recorded when it was attached. Do not rely on it: restore the store from a backup or attach the file again.</source>
      <translation>{document} 已损坏：其内容与附加时记录的指纹（SHA-256）不再一致。请勿以此为据：请从备份恢复材料库，或重新附加该文件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="151" />
      <source>{document} is missing from the document store. Restore the store from a backup or attach the file again.</source>
      <translation>材料库中缺少 {document}。请从备份恢复材料库，或重新附加该文件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="65" />
      <source>{n} pages</source>
      <translation>{n} 页</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="87" />
      <source>{status} by {officer}, {when}</source>
      <translation>{status}（{officer}，{when}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/render.py" line="143" />
      <source>“{name}” ({kind})</source>
      <translation>“{name}”（{kind}）</translation>
    </message>
  </context>
  <context>
    <name>DocumentPreviewPane</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="148" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="114" />
      <source>Preview of the document</source>
      <translation>材料预览</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="143" />
      <source>Select a document to see it here.</source>
      <translation>选择一份材料即可在此查看。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/preview.py" line="154" />
      <source>The application lists this document ({file}), but its file was never attached. Attach it with Ctrl+Shift+A or drop it here.</source>
      <translation>申请中列出了此材料（{file}），但从未附加其文件。请按 Ctrl+Shift+A 附加，或将文件拖放到此处。</translation>
    </message>
  </context>
  <context>
    <name>DocumentTypeDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="102" />
      <source>&amp;Attach</source>
      <translation>附加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="84" />
      <source>Attach dropped files</source>
      <translation>附加拖放的文件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="94" />
      <source>Kind of document for {name}</source>
      <translation>{name} 的材料类型</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="107" />
      <source>What kind of document is each file? Each is checked before it is kept.</source>
      <translation>每个文件分别是什么类型的材料？每个文件在保存前都会经过检查。</translation>
    </message>
  </context>
  <context>
    <name>DocumentViewer</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="135" />
      <source>&amp;First page</source>
      <translation>第一页(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="165" />
      <source>&amp;Fit page</source>
      <translation>适合页面(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="141" />
      <source>&amp;Last page</source>
      <translation>最后一页(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="129" />
      <source>&amp;Next page</source>
      <translation>下一页(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="123" />
      <source>&amp;Previous page</source>
      <translation>上一页(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="72" />
      <source>Page of the document</source>
      <translation>材料页面</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="242" />
      <source>Page {page} of {count} · {zoom} %</source>
      <translation>第 {page} 页，共 {count} 页 · {zoom} %</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="199" />
      <source>Showing {document}…</source>
      <translation>正在显示 {document}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="147" />
      <source>Zoom &amp;in</source>
      <translation>放大(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/viewer.py" line="159" />
      <source>Zoom &amp;out</source>
      <translation>缩小(&amp;O)</translation>
    </message>
  </context>
  <context>
    <name>EncryptionOffer</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="68" />
      <source>Encrypt this database?</source>
      <translation>加密此数据库？</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="93" />
      <source>Encrypting the database</source>
      <translation>正在加密数据库</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="104" />
      <source>The database was not encrypted: {error}</source>
      <translation>数据库未能加密：{error}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="69" />
      <source>This database file is not encrypted: anyone who copies it, or a backup of it, reads every applicant. Encrypt it now? Then only each account's own password opens it, and only yours at first: every other account needs a one-time password from you (Administration ▸ Accounts) before it can sign in again. You can also do it later with kvisa-desk db encrypt.</source>
      <translation>此数据库文件未加密：任何人复制该文件或其备份，都能读取所有申请人的信息。现在加密吗？加密后只有各账户本人的密码才能打开它，且一开始只有您的密码可用：其他账户须由您在“管理 ▸ 账户”中设置一次性密码后，才能再次登录。也可以稍后用 kvisa-desk db encrypt 加密。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/encryption_offer.py" line="81" />
      <source>Your password (it will open the encrypted file):</source>
      <translation>您的密码（今后用它打开加密数据库）：</translation>
    </message>
  </context>
  <context>
    <name>ErrorText</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="170" />
      <source> ({name})</source>
      <translation>（{name}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="89" />
      <source>A file{which} cannot be written here (no permission, or a read-only disk); nothing was saved.</source>
      <translation>文件{which}无法写入此处（没有权限，或磁盘为只读），未保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="94" />
      <source>A file{which} could not be read or written ({reason}); nothing was saved. Try again.</source>
      <translation>文件{which}无法读取或写入（{reason}），未保存任何内容。请重试。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="41" />
      <source>Account {username} is locked after too many failed sign-ins. Try again in {minutes} minutes, or ask an administrator.</source>
      <translation>账户 {username} 因登录失败次数过多已被锁定。请在 {minutes} 分钟后重试，或联系管理员。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="46" />
      <source>Account {username} is locked. Ask an administrator.</source>
      <translation>账户 {username} 已被锁定。请联系管理员。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="78" />
      <source>Case {case_ref} cannot be approved until every result passes. Still open:
{open_list}
A refusal or a request for documents needs no such step.</source>
      <translation>案件 {case_ref} 须所有核查结果均为通过方可批准。尚未解决：
{open_list}
拒签或要求补充材料无需此步骤。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="63" />
      <source>Case {case_ref} does not exist.</source>
      <translation>案件 {case_ref} 不存在。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="71" />
      <source>Post {post} has not set the mission's name for its letters, so the letterhead would read only “Embassy of the People's Republic of China”. A supervisor sets both Letterhead name (English) and Letterhead name (Chinese) under Administration ▸ Post settings… ▸ Working settings. No letter was issued and no number was taken.</source>
      <translation>驻外机构 {post} 尚未设置函件上的本馆名称，信头只会显示“中华人民共和国大使馆”。请主管在“管理 ▸ 驻外机构设置… ▸ 工作设置”中填写“信头名称（英文）”和“信头名称（中文）”。未出具函件，也未占用编号。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="27" />
      <source>Sign-in refused: unknown user name or wrong password.</source>
      <translation>登录被拒绝：用户名不存在或密码错误。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="35" />
      <source>Sign-in refused: unknown user name or wrong password. After too many failed tries, {username} is locked for {minutes} minutes. Try again then, or ask an administrator to unlock it.</source>
      <translation>登录被拒绝：用户名不存在或密码错误。失败次数过多，{username} 已被锁定 {minutes} 分钟。请届时再试，或请管理员解锁。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="30" />
      <source>Sign-in refused: unknown user name or wrong password. Tries left before the account is locked for a while: {left}.</source>
      <translation>登录被拒绝：用户名不存在或密码错误。再失败 {left} 次，账户将被暂时锁定。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="106" />
      <source>The database is locked by another program and stayed locked past the waiting time: nothing was saved. Close the other program (or wait) and try again.</source>
      <translation>数据库被其他程序锁定且超过等待时间，未保存任何内容。请关闭该程序（或稍候）后重试。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="98" />
      <source>The database is open read-only: nothing can be saved. Open it writable to make changes.</source>
      <translation>数据库以只读方式打开，无法保存任何内容。如需修改，请以可写方式打开。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="116" />
      <source>The database refused the change ({reason}); nothing was saved. Try again.</source>
      <translation>数据库拒绝了此项更改（{reason}），未保存任何内容。请重试。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="111" />
      <source>The database server cannot be reached: nothing was saved. Check the network; what you typed is kept, try again when the server is back.</source>
      <translation>无法连接数据库服务器，未保存任何内容。请检查网络；您输入的内容已保留，服务器恢复后请重试。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="102" />
      <source>The disk holding the database is full: nothing was saved. Free some space and try again.</source>
      <translation>数据库所在磁盘已满，未保存任何内容。请释放空间后重试。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="84" />
      <source>The disk is full: a file{which} could not be written and nothing was saved. Free some space (or ask IT to) and try again.</source>
      <translation>磁盘已满：文件{which}无法写入，未保存任何内容。请释放空间（或请IT人员处理）后重试。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="120" />
      <source>This database is at schema revision {revision}, which this version of KVisa Desk ({head}) does not know: it was written by a newer version. Update KVisa Desk to that version or newer; the database was not changed.</source>
      <translation>此数据库的结构版本为 {revision}，本版本 KVisa Desk（{head}）无法识别：它由更新的版本写入。请将 KVisa Desk 更新到该版本或更新版本；数据库未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="126" />
      <source>This post's shared database is at schema revision {revision}, older than the {head} this version of KVisa Desk expects. Ask the administrator to run {command} (it upgrades the database once for every officer); nothing was changed.</source>
      <translation>本馆共享数据库的结构版本为 {revision}，低于本版本 KVisa Desk 所需的 {head}。请管理员运行 {command}（为所有官员一次性升级数据库）；未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="137" />
      <source>administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="152" />
      <source>change the institution registry</source>
      <translation>修改院校名录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="151" />
      <source>change the post's settings</source>
      <translation>修改本馆设置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="150" />
      <source>export case data</source>
      <translation>导出案件数据</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="144" />
      <source>import applications</source>
      <translation>导入申请</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="149" />
      <source>issue letters</source>
      <translation>签发信函</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="156" />
      <source>manage accounts</source>
      <translation>管理账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="135" />
      <source>officer</source>
      <translation>签证官员</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="146" />
      <source>override a rule result</source>
      <translation>推翻规则核查结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="160" />
      <source>purge cases past retention</source>
      <translation>清除超过保存期限的案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="147" />
      <source>record a recommendation</source>
      <translation>提出处理建议</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="145" />
      <source>run the eligibility checks</source>
      <translation>运行资格核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="148" />
      <source>sign off a recommendation</source>
      <translation>审批处理建议</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="136" />
      <source>supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="157" />
      <source>upgrade, back up or restore the database</source>
      <translation>升级、备份或恢复数据库</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="142" />
      <source>view cases</source>
      <translation>查看案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="155" />
      <source>view the audit trail</source>
      <translation>查看审计记录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="143" />
      <source>work on cases</source>
      <translation>办理案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="64" />
      <source>{name}: this database keeps every document sealed with the post key, and the key is not on this computer, so nothing was stored. Ask an administrator to import the post key here with Administration ▸ Post key… (or to generate it there, if the post has none yet).</source>
      <translation>{name}：本数据库的所有材料都用驻外机构密钥封存，而本机没有该密钥，因此未存储任何内容。请管理员通过“管理 ▸ 驻外机构密钥…”将密钥导入本机（如果驻外机构尚无密钥，请管理员在那里生成）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="196" />
      <source>{result}: {step}</source>
      <translation>{result}：{step}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="62" />
      <source>{username} ({role}) may not {permission}.</source>
      <translation>{username}（{role}）无权{permission}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="49" />
      <source>{username} cannot open this encrypted database yet: the account has no key for it. Ask an administrator to set you a one-time password (Administration ▸ Accounts).</source>
      <translation>{username} 暂时无法打开本加密数据库：该账户尚无本数据库的密钥。请联系管理员在“管理 ▸ 账户”中为您设置一次性密码。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="54" />
      <source>{username} is not an active KVisa Desk account. Ask an administrator for one.</source>
      <translation>{username} 不是有效的 KVisa Desk 账户。请联系管理员开设。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/error_text.py" line="57" />
      <source>{username} must change the password an administrator set before doing anything else: sign in again to change it.</source>
      <translation>{username} 须先修改管理员设置的密码才能进行其他操作：请重新登录并修改密码。</translation>
    </message>
  </context>
  <context>
    <name>ExportOptions</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="79" />
      <source>&amp;CSV (UTF-8, opens in any spreadsheet)</source>
      <translation>CSV(&amp;C)（UTF-8，可用任意电子表格软件打开）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="80" />
      <source>&amp;XLSX (Excel, dates as dates)</source>
      <translation>XLSX(&amp;X)（Excel，日期保留为日期格式）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="89" />
      <source>Cases</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="84" />
      <source>Every case of the current &amp;filter</source>
      <translation>当前筛选条件下的全部案件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="78" />
      <source>Export worklist</source>
      <translation>导出工作清单</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="88" />
      <source>Format</source>
      <translation>格式</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="82" />
      <source>The &amp;selected cases ({count})</source>
      <translation>所选案件(&amp;S)（{count}）</translation>
    </message>
  </context>
  <context>
    <name>FieldEdit</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/editing.py" line="64" />
      <source>Change {field}</source>
      <translation>修改{field}</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="61" />
      <source>All files (*)</source>
      <translation>所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="54" />
      <source>Application files ({patterns})</source>
      <translation>申请文件 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="57" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="48" />
      <source>Documents: PDF and images ({patterns})</source>
      <translation>材料：PDF 和图片 ({patterns})</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/file_dialogs.py" line="50" />
      <source>Images ({patterns})</source>
      <translation>图片 ({patterns})</translation>
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
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="116" />
      <source>Anyone who copies a plain file reads every applicant in it. It can be encrypted later with kvisa-desk db encrypt.</source>
      <translation>任何人复制未加密的数据库文件，即可读取其中所有申请人的信息。以后可用 kvisa-desk db encrypt 加密。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="81" />
      <source>Create the first administrator</source>
      <translation>创建首个管理员</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="105" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="94" />
      <source>Explore with demo data instead</source>
      <translation>改用演示数据体验</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="106" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="112" />
      <source>Leave this database unencrypted (a training machine, no real applicants)</source>
      <translation>不加密此数据库（仅限培训用电脑，不含真实申请人）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="103" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="182" />
      <source>Protecting the new database key with your password…</source>
      <translation>正在用您的密码保护新数据库的密钥…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="109" />
      <source>Repeat</source>
      <translation>重复</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="104" />
      <source>Repeat password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="198" />
      <source>That did not work: {error}. Try again, or ask the administrator.</source>
      <translation>操作未成功：{error}。请重试，或联系管理员。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="152" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="82" />
      <source>This database has no accounts yet. Create the administrator who will add the officers' accounts. Administrators manage accounts and the database; they do not work on cases.</source>
      <translation>此数据库尚无账户。请创建管理员，由其添加签证官账户。管理员负责管理账户和数据库，不办理案件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="107" />
      <source>Title</source>
      <translation>职衔</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="105" />
      <source>Username</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="112" />
      <source>Working</source>
      <translation>正在处理</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="232" />
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="102" />
      <source>e.g. Systems Administrator</source>
      <translation>例如：系统管理员</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in.py" line="99" />
      <source>e.g. admin</source>
      <translation>例如：admin</translation>
    </message>
  </context>
  <context>
    <name>ForgottenPassword</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="136" />
      <source>Forgotten password</source>
      <translation>忘记密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="138" />
      <source>If you forget your password</source>
      <translation>如果忘记了密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="118" />
      <source>Officers and supervisors: ask an administrator. In Administration ▸ Accounts they set you a one-time password, which you change at your next sign-in.

Administrators: ask another administrator the same way. If every administrator password is lost, use the recovery key that was shown when the database was made (saved to a file or printed). On the computer that holds the database, run

    {unlock}

with ADMIN your username and FILE the saved recovery key. It shows a one-time password; sign in with it and choose your own. The recovery is recorded in the audit trail.

A database that is not encrypted has no recovery key: there, whoever holds the database file runs {reset}.</source>
      <translation>签证官和主管：请联系管理员。管理员会在“管理 ▸ 账户”中为您设置一次性密码，您下次登录时须改为自己的密码。

管理员：同样可请另一位管理员设置。如果所有管理员的密码都已遗失，请使用创建数据库时显示的恢复密钥（已保存为文件或打印）。在存放数据库的电脑上运行

    {unlock}

其中 ADMIN 为您的用户名，FILE 为保存的恢复密钥文件。该命令会显示一个一次性密码；用它登录后，请设置您自己的密码。此次恢复会记入审计日志。

未加密的数据库没有恢复密钥：此时由持有数据库文件的人运行 {reset}。</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/idle_lock.py" line="54" />
      <source>KVisa Desk is locked</source>
      <translation>KVisa Desk 已锁定</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="50" />
      <source>a post code is 2 to 8 capital letters A–Z or digits 0–9 (e.g. LON)</source>
      <translation>驻外机构代码为 2 至 8 个大写字母 A–Z 或数字 0–9（如 LON）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="80" />
      <source>cannot attach {file}: this database keeps every document sealed with its post key, and the key is not on this computer: an administrator imports it here with `kvisa-desk db post-key import FILE` (a file exported on a computer that has it), or makes the post's key with `kvisa-desk db post-key generate` if it has none yet</source>
      <translation>无法附加 {file}：本数据库的所有材料都用驻外机构密钥封存，而本机没有该密钥。请管理员用 `kvisa-desk db post-key import FILE` 将其导入本机（FILE 为在已有密钥的电脑上导出的文件）；如果驻外机构尚无密钥，请用 `kvisa-desk db post-key generate` 生成。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="87" />
      <source>cannot attach {file}: {why}</source>
      <translation>无法附加 {file}：{why}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="79" />
      <source>cannot read {file}: {why}</source>
      <translation>无法读取 {file}：{why}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="56" />
      <source>contains a NUL character at character {position}: remove it</source>
      <translation>第 {position} 个字符处含有 NUL 字符：请删除</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="63" />
      <source>contains a line break or tab ({code}) at character {position}: remove it</source>
      <translation>第 {position} 个字符处含有换行或制表符（{code}）：请删除</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="59" />
      <source>contains an invisible control character ({code}) at character {position}: remove it</source>
      <translation>第 {position} 个字符处含有不可见的控制字符（{code}）：请删除</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="88" />
      <source>each MRZ line must be exactly 44 characters A–Z, 0–9 or &lt;</source>
      <translation>机读区每行必须正好是 44 个 A–Z、0–9 或 &lt; 字符</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="66" />
      <source>has no visible character (only {code}): write it out or leave it empty</source>
      <translation>没有可见字符（只有 {code}）：请写出内容或留空</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="74" />
      <source>has {count} cells where the header has {columns}</source>
      <translation>有 {count} 个单元格，而表头有 {columns} 列</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="54" />
      <source>has {count} items; at most {limit} are allowed</source>
      <translation>有 {count} 项；最多允许 {limit} 项</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="25" />
      <source>is given twice: give a field once</source>
      <translation>出现了两次：每个字段只写一次</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="22" />
      <source>is not a field of kvisa-application/1 (check the spelling)</source>
      <translation>不是 kvisa-application/1 的字段（请检查拼写）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="21" />
      <source>is required</source>
      <translation>为必填项</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="53" />
      <source>is {length} characters long; at most {limit} are allowed</source>
      <translation>长 {length} 个字符；最多允许 {limit} 个</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="71" />
      <source>must be a JSON object { … }</source>
      <translation>必须是 JSON 对象 { … }</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="35" />
      <source>must be a date written YYYY-MM-DD</source>
      <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="73" />
      <source>must be a list [ … ]</source>
      <translation>必须是列表 [ … ]</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="30" />
      <source>must be a number without quotes: {example}</source>
      <translation>必须是不带引号的数字：{example}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="29" />
      <source>must be a number without quotes: {number}, not "{quoted}"</source>
      <translation>必须是不带引号的数字：应写 {number}，而不是“{quoted}”</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="76" />
      <source>must be a path relative to the imported file, not an absolute path</source>
      <translation>必须是相对于导入文件的路径，而非绝对路径</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="31" />
      <source>must be a whole number, such as 90</source>
      <translation>必须是整数，如 90</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="72" />
      <source>must be an object { … }</source>
      <translation>必须是对象 { … }</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="55" />
      <source>must be between 1 and {limit} days</source>
      <translation>必须在 1 至 {limit} 天之间</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="27" />
      <source>must be text in double quotes</source>
      <translation>必须是双引号内的文本</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="26" />
      <source>must be text in double quotes, not {value}</source>
      <translation>必须是双引号内的文本，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="89" />
      <source>must be the two 44-character lines of the passport's MRZ</source>
      <translation>必须是护照机读区的两行、每行 44 个字符</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="33" />
      <source>must be true or false</source>
      <translation>必须是 true 或 false</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="32" />
      <source>must be true or false, not {value}</source>
      <translation>必须是 true 或 false，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="47" />
      <source>must be two to four digits (0–9) of ISCED-F 2013, such as 0713</source>
      <translation>必须是 ISCED-F 2013 的二至四位数字（0–9），如 0713</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="70" />
      <source>must not be empty</source>
      <translation>不得为空</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="69" />
      <source>must not be empty (it holds only invisible characters)</source>
      <translation>不得为空（只含不可见字符）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="75" />
      <source>points outside the imported file's folder</source>
      <translation>指向导入文件所在文件夹之外</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="37" />
      <source>{date} is before 1900: check the date of birth</source>
      <translation>{date} 早于 1900 年：请核对出生日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="41" />
      <source>{date} is in the future (today is {today})</source>
      <translation>{date} 是将来的日期（今天是 {today}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="38" />
      <source>{date} is not before the application was received ({received})</source>
      <translation>{date} 不早于申请收到日期（{received}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="42" />
      <source>{date} is not before the expiry date ({expiry})</source>
      <translation>{date} 不早于有效期截止日期（{expiry}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="36" />
      <source>{value} is not a date in the calendar</source>
      <translation>{value} 不是日历上存在的日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="44" />
      <source>{value} is not an ISO 3166-1 alpha-2 or alpha-3 country code</source>
      <translation>{value} 不是 ISO 3166-1 二字母或三字母国家代码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="43" />
      <source>{value} is not an ISO 3166-1 alpha-3 or ICAO country code</source>
      <translation>{value} 不是 ISO 3166-1 三字母或 ICAO 国家代码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/reasons.py" line="34" />
      <source>{value} is not one of {choices}</source>
      <translation>{value} 不是 {choices} 之一</translation>
    </message>
  </context>
  <context>
    <name>ImportResult</name>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="160" />
      <source>Application</source>
      <translation>申请</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="24" />
      <source>Changed, not applied</source>
      <translation>已变更，未采用</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="161" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="138" />
      <source>Import of {file}</source>
      <translation>导入 {file}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="26" />
      <source>Imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="119" />
      <source>Imported: {imported} · Unchanged: {unchanged} · Changed, not applied: {changed} · Rejected: {rejected}</source>
      <translation>已导入：{imported} · 未变：{unchanged} · 已变更未采用：{changed} · 拒收：{rejected}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="158" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="159" />
      <source>Position</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="23" />
      <source>Rejected</source>
      <translation>拒收</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="25" />
      <source>Unchanged</source>
      <translation>未变</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="162" />
      <source>What it means</source>
      <translation>含义</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="101" />
      <source>already case {case}, the same</source>
      <translation>已是案件 {case}，内容相同</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="33" />
      <source>an earlier record of this file differs</source>
      <translation>本文件中较早的记录与之不同</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="88" />
      <source>differs from an earlier record of this file</source>
      <translation>与本文件中较早的记录不同</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="86" />
      <source>differs from case {case}; an officer must decide</source>
      <translation>与案件 {case} 不同；须由签证官决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="32" />
      <source>formatting only</source>
      <translation>仅格式不同</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="102" />
      <source>now case {case}</source>
      <translation>现为案件 {case}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="107" />
      <source>the same as an earlier record of this file</source>
      <translation>与本文件中较早的记录相同</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="30" />
      <source>the whole record</source>
      <translation>整条记录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="31" />
      <source>the whole row</source>
      <translation>整行</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="149" />
      <source>{count} more records and problems are counted, not listed.</source>
      <translation>另有 {count} 条记录和问题已计数，未列出。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_rows.py" line="68" />
      <source>{file}, line {line}</source>
      <translation>{file}第{line}行</translation>
    </message>
  </context>
  <context>
    <name>ImportResultDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="126" />
      <source>&amp;Copy the list</source>
      <translation>复制列表(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="128" />
      <source>&amp;Save the list…</source>
      <translation>保存列表(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="195" />
      <source>A changed record is an application already here with other content: the case was left as it is; an officer decides what to correct in the case.</source>
      <translation>“已变更”的记录是本系统中已有、但内容不同的申请：案件保持原样，由签证官决定在案件中更正什么。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="88" />
      <source>Every record</source>
      <translation>全部记录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="67" />
      <source>Import of {file}</source>
      <translation>导入 {file}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="244" />
      <source>Not saved: {path}: {reason}</source>
      <translation>未保存：{path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="166" />
      <source>Nothing new was imported from {file}: each record was imported before and is unchanged, or is marked rejected or changed below.</source>
      <translation>没有从{file}导入新的申请：每条记录要么此前已导入且未更改，要么在下方标为被拒或有更改。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="161" />
      <source>Nothing was imported from {file}: every record in it was imported before and is unchanged.</source>
      <translation>没有从{file}导入新的申请：其中每条记录此前均已导入，且未更改。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="89" />
      <source>Problems only (rejected and changed)</source>
      <translation>仅问题（被拒收和已变更）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="97" />
      <source>Records of the import</source>
      <translation>本次导入的记录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="188" />
      <source>Rejected records were not imported: correct them in the file (or ask the sender to) and import it again.</source>
      <translation>被拒收的记录未导入：请在文件中更正（或请发送方更正）后重新导入。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="232" />
      <source>Save the list of the import</source>
      <translation>保存导入结果列表</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="91" />
      <source>Sho&amp;w:</source>
      <translation>显示(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="130" />
      <source>Show the &amp;imported cases</source>
      <translation>显示已导入的案件(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="234" />
      <source>Text files (*.txt)</source>
      <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="180" />
      <source>The first {count} records were read and are kept whole; nothing after them was read. Import the file again to finish: the records already imported will be counted as unchanged.</source>
      <translation>已读取前 {count} 条记录并完整保留；其后的内容未读取。请再次导入该文件以完成：已导入的记录将计为“未变”。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="157" />
      <source>The import was stopped: {file} was not read to the end.</source>
      <translation>导入已停止：{file} 未读取完。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="247" />
      <source>The list was saved to {path}.</source>
      <translation>列表已保存到 {path}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="116" />
      <source>What each message means: the import file format</source>
      <translation>各条消息的含义：导入文件格式说明</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="203" />
      <source>{count} more records and problems are counted, not listed.</source>
      <translation>另有 {count} 条记录和问题已计数，未列出。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="171" />
      <source>{file} was imported whole.</source>
      <translation>{file} 已全部导入。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/imports/result_dialog.py" line="172" />
      <source>{file} was imported, except the records below marked rejected or changed.</source>
      <translation>{file} 已导入，但下列标为“拒收”或“已变更”的记录除外。</translation>
    </message>
  </context>
  <context>
    <name>InboxWatch</name>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="172" />
      <source>Checking the inbox…</source>
      <translation>正在检查收件文件夹…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="133" />
      <source>Choose File ▸ Inbox folder…, or set {variable}.</source>
      <translation>请选择“文件 ▸ 收件文件夹…”，或设置 {variable}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="78" />
      <source>Inbo&amp;x folder…</source>
      <translation>收件文件夹(&amp;X)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="142" />
      <source>Inbox folder</source>
      <translation>收件文件夹</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="181" />
      <source>Inbox {time}: {imported} imported, {refused} rejected, {waiting} waiting</source>
      <translation>收件 {time}：已导入 {imported} 份，拒收 {refused} 份，等待 {waiting} 份</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="203" />
      <source>Inbox: cannot be used</source>
      <translation>收件文件夹：无法使用</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="131" />
      <source>Inbox: not set</source>
      <translation>收件文件夹：未设置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="136" />
      <source>Inbox: watching</source>
      <translation>收件文件夹：监视中</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="80" />
      <source>The folder this computer imports applications from</source>
      <translation>本机导入申请的文件夹</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="194" />
      <source>The inbox refused {count} submissions: see its rejected folder.</source>
      <translation>收件文件夹拒收了 {count} 份提交：请查看其 rejected 文件夹。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="47" />
      <source>already imported before</source>
      <translation>此前已导入</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="44" />
      <source>imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="45" />
      <source>imported after an interrupted pass</source>
      <translation>中断后已导入</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/inbox_watch.py" line="46" />
      <source>refused</source>
      <translation>已拒收</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="58" />
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="46" />
      <source>&amp;Country:</source>
      <translation>国家(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="45" />
      <source>&amp;Name:</source>
      <translation>名称(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="48" />
      <source>&amp;Tier:</source>
      <translation>等级(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="31" />
      <source>Add a research institution</source>
      <translation>添加科研机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="47" />
      <source>Web &amp;domains:</source>
      <translation>网站域名(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="37" />
      <source>e.g. DE or DEU</source>
      <translation>例如 DE 或 DEU</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/institution_dialog.py" line="40" />
      <source>e.g. mpg.de, mpq.mpg.de</source>
      <translation>例如 mpg.de, mpq.mpg.de</translation>
    </message>
  </context>
  <context>
    <name>IssueConfirmation</name>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_confirm.py" line="46" />
      <source>&amp;Issue letter</source>
      <translation>出具函件(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_confirm.py" line="42" />
      <source>Draft of the letter</source>
      <translation>函件草稿</translation>
    </message>
  </context>
  <context>
    <name>KVisaDesk</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/app.py" line="135" />
      <source>Database upgraded; the previous copy is at {path}</source>
      <translation>数据库已升级；升级前的副本位于 {path}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/app.py" line="101" />
      <source>KVisa Desk cannot open the database</source>
      <translation>KVisa Desk 无法打开数据库</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/app.py" line="104" />
      <source>The database could not be opened:
{error}

Check --db or --db-url.</source>
      <translation>无法打开数据库：
{error}

请检查 --db 或 --db-url。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/app.py" line="107" />
      <source>The database could not be opened: the server {host} cannot be reached. Check the network, or ask the administrator whether the server is running; then start KVisa Desk again.</source>
      <translation>无法打开数据库：无法连接服务器 {host}。请检查网络，或向管理员确认服务器是否正在运行，然后重新启动 KVisa Desk。</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/language_dialog.py" line="22" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/language_dialog.py" line="30" />
      <source>The windows change language at once; unsaved edits stay as they are.</source>
      <translation>各窗口将立即切换语言；未保存的修改保持不变。</translation>
    </message>
  </context>
  <context>
    <name>LetterIssueForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="63" />
      <source>&amp;Issue letter</source>
      <translation>出具函件(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="80" />
      <source>&amp;Letter:</source>
      <translation>函件(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="61" />
      <source>As a &amp;correction of the selected letter</source>
      <translation>作为所选函件的更正件(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="65" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="81" />
      <source>Inter&amp;view:</source>
      <translation>面谈(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="52" />
      <source>Interview date and time</source>
      <translation>面谈日期和时间</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="59" />
      <source>Interview place</source>
      <translation>面谈地点</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="37" />
      <source>Issue a letter</source>
      <translation>出具函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="41" />
      <source>Kind of letter</source>
      <translation>函件类型</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="47" />
      <source>Language of the letter</source>
      <translation>函件语言</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/issue_form.py" line="60" />
      <source>Where the applicant should come</source>
      <translation>申请人应前往的地点</translation>
    </message>
  </context>
  <context>
    <name>LetterPreview</name>
    <message>
      <location filename="../../kvisa_desk/ui/letters/preview.py" line="121" />
      <source>Choose a letter to see it as it was issued.</source>
      <translation>选择一份函件，查看其出具时的样式。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/preview.py" line="106" />
      <source>Letter preview</source>
      <translation>函件预览</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/preview.py" line="153" />
      <source>Page {n} of {total}</source>
      <translation>第 {n} 页，共 {total} 页</translation>
    </message>
  </context>
  <context>
    <name>LettersTab</name>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="428" />
      <source>%n page</source>
      <translation>
        <numerusform>共%n页</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="430" />
      <source>%n pages</source>
      <translation>
        <numerusform>共%n页</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="120" />
      <source>&amp;Print…</source>
      <translation>打印(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="125" />
      <source>&amp;Verify a letter file…</source>
      <translation>验证函件文件(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="393" />
      <source>Already issued on this case: {kind} {reference} of {date}. A second one is issued only as a correction: the new letter says it replaces {reference}, which is kept and marked as replaced. If you do not mean to correct it, choose Cancel.</source>
      <translation>此案件已出具{kind} {reference}（{date}）。同类函件再次出具只能作为更正件：新函件注明取代 {reference}，原函件保留并标记为已被取代。如无意更正，请选择“取消”。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="297" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="107" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="308" />
      <source>Drawing the letter…</source>
      <translation>正在生成函件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="378" />
      <source>Issue letter</source>
      <translation>签发信函</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="383" />
      <source>Issue this letter? It is numbered, kept and cannot be withdrawn.</source>
      <translation>确定签发此信函吗？信函将编号存档，签发后不能撤回。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="432" />
      <source>Issued {reference} ({kind}, {pages}).</source>
      <translation>已签发 {reference}（{kind}，{pages}）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="445" />
      <source>Issuing the letter…</source>
      <translation>正在出具函件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="105" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="386" />
      <source>Kind: {kind}</source>
      <translation>类型：{kind}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="106" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="387" />
      <source>Language: {language}</source>
      <translation>语言：{language}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="199" />
      <source>Letters cannot be shown: {reason}</source>
      <translation>无法显示函件：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="114" />
      <source>Letters issued on this case</source>
      <translation>本案件已出具的函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="250" />
      <source>No letter has been issued on this case yet.</source>
      <translation>本案件尚未出具任何函件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="363" />
      <source>Not issued: you cancelled it.</source>
      <translation>未签发：您已取消。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="368" />
      <source>Not issued: {reason}</source>
      <translation>未出具：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="55" />
      <source>Not printed: {reason}</source>
      <translation>未打印：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="72" />
      <source>Not saved: {reason}</source>
      <translation>未保存：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="92" />
      <source>Not verified: {reason}</source>
      <translation>未验证：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="108" />
      <source>Officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="485" />
      <source>PDF files (*.pdf)</source>
      <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="372" />
      <source>Preparing the letter…</source>
      <translation>正在准备信函…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="468" />
      <source>Print the letter</source>
      <translation>打印函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="57" />
      <source>Printing {reference}…</source>
      <translation>正在打印 {reference}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="384" />
      <source>Read the draft first: the letter will say exactly this, with its number.</source>
      <translation>请先核对草稿：正式函件内容与此完全相同，另加编号。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="158" />
      <source>Reading the letters…</source>
      <translation>正在读取函件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="104" />
      <source>Reference</source>
      <translation>文号</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="388" />
      <source>Reference to be taken: {reference}</source>
      <translation>将使用的编号：{reference}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="110" />
      <source>Replaced by</source>
      <translation>被替代为</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="109" />
      <source>Replaces</source>
      <translation>所替代函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="405" />
      <source>Replaces: {reference}</source>
      <translation>取代：{reference}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="122" />
      <source>Save as P&amp;DF…</source>
      <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="484" />
      <source>Save the letter as PDF</source>
      <translation>将函件另存为 PDF</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="69" />
      <source>Saved {reference} as {path}.</source>
      <translation>已将 {reference} 保存为 {path}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="74" />
      <source>Saving {reference}…</source>
      <translation>正在保存 {reference}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="51" />
      <source>Sent {reference} to {printer}: {pages} page(s).</source>
      <translation>已将 {reference} 发送至 {printer}：{pages} 页。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="321" />
      <source>The letter cannot be shown: {reason}</source>
      <translation>无法显示函件：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="286" />
      <source>This case is closed: no letter can be issued on it.</source>
      <translation>此案件已结案：不能再出具函件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="292" />
      <source>This case is finished: its letter has been issued. To correct a letter, select it and tick “As a correction of the selected letter”.</source>
      <translation>此案件已办结：函件已出具。如需更正，请先选中该函件，再勾选“作为所选函件的更正件”。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="288" />
      <source>This case was withdrawn: no letter can be issued on it.</source>
      <translation>此申请已撤回：不能出具函件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="498" />
      <source>Verify a letter file</source>
      <translation>验证函件文件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="94" />
      <source>Verifying {file}…</source>
      <translation>正在验证 {file}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/letters_tab.py" line="219" />
      <source>Your role does not issue letters.</source>
      <translation>您的角色不能出具函件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/letters/outputs.py" line="88" />
      <source>{file}: {result}</source>
      <translation>{file}：{result}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="278" />
      <source> — {names} need a one-time password to sign in (Administration ▸ Accounts)</source>
      <translation> — 请在“管理 ▸ 账户”中为 {names} 逐一设置一次性密码，否则他们无法登录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="143" />
      <source>&amp;About KVisa Desk</source>
      <translation>关于 KVisa Desk(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="123" />
      <source>&amp;Administration</source>
      <translation>管理(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="128" />
      <source>&amp;Audit trail…</source>
      <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="76" />
      <source>&amp;Case</source>
      <translation>案件(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="108" />
      <source>&amp;Columns</source>
      <translation>列(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="52" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="135" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="138" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="119" />
      <source>&amp;Language…</source>
      <translation>语言(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="78" />
      <source>&amp;Next case</source>
      <translation>下一个案件(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="77" />
      <source>&amp;Open case</source>
      <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="126" />
      <source>&amp;Post settings…</source>
      <translation>驻外机构设置(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="79" />
      <source>&amp;Previous case</source>
      <translation>上一个案件(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="110" />
      <source>&amp;Queues</source>
      <translation>队列(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="57" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="55" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="96" />
      <source>&amp;Run checks</source>
      <translation>运行核查(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="81" />
      <source>&amp;Search</source>
      <translation>搜索(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="102" />
      <source>&amp;Stop checking</source>
      <translation>停止核查(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="86" />
      <source>&amp;Unassign selected</source>
      <translation>取消分配所选案件(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="107" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="280" />
      <source>, </source>
      <translation>、</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="520" />
      <source>; {count} finished cases left as they were</source>
      <translation>；{count} 个已办结案件保持不变</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="124" />
      <source>A&amp;ccounts…</source>
      <translation>账户(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_dialogs.py" line="103" />
      <source>About KVisa Desk</source>
      <translation>关于 KVisa Desk</translation>
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
      <translation>将所选案件分配给我(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="525" />
      <source>Assigning {count} cases…</source>
      <translation>正在分配 {count} 个案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="442" />
      <source>Case not found</source>
      <translation>未找到案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="95" />
      <source>Chec&amp;ks</source>
      <translation>核查(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="100" />
      <source>Check &amp;all cases</source>
      <translation>核查全部案件(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="98" />
      <source>Check the selected cases against the rules</source>
      <translation>按规则核查所选案件</translation>
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
      <translation>数据库已加密；原未加密副本保存在同一文件夹中，名为 {name}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/status_bar.py" line="53" />
      <source>Database: {location}</source>
      <translation>数据库：{location}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="320" />
      <source>Drop one application file at a time; {file} is imported now.</source>
      <translation>请一次只拖放一个申请文件；现在导入 {file}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="141" />
      <source>Forgotten &amp;password…</source>
      <translation>忘记密码(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="319" />
      <source>Import applications</source>
      <translation>导入申请</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="127" />
      <source>Institution &amp;registry…</source>
      <translation>机构名录(&amp;R)…</translation>
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

供办理中国K字签证的领事官员使用的案件管理系统。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="53" />
      <source>Load &amp;demo cases…</source>
      <translation>加载演示案件(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="494" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="129" />
      <source>Post &amp;key…</source>
      <translation>驻外机构密钥(&amp;K)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="68" />
      <source>S&amp;witch user…</source>
      <translation>切换用户(&amp;W)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="494" />
      <source>Save search</source>
      <translation>保存搜索</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_menus.py" line="70" />
      <source>Sign &amp;out</source>
      <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/status_bar.py" line="61" />
      <source>Signed in: {name} ({role})</source>
      <translation>当前登录：{name}（{role}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="591" />
      <source>Working…</source>
      <translation>处理中…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="518" />
      <source>{count} cases assigned</source>
      <translation>已分配 {count} 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="542" />
      <source>{imported} demo cases added ({unchanged} already there)</source>
      <translation>已添加 {imported} 个演示案件（{unchanged} 个已存在）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="611" />
      <source>{name} ({role})</source>
      <translation>{name}（{role}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="618" />
      <source>{who} — database not encrypted</source>
      <translation>{who} — 数据库未加密</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/main_window.py" line="616" />
      <source>{who} — encrypted database</source>
      <translation>{who} — 加密数据库</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="63" />
      <source>&amp;Add note</source>
      <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="55" />
      <source>A new note (Ctrl+Enter adds it). Notes cannot be changed afterwards: a correction is a new note.</source>
      <translation>新备注（按 Ctrl+Enter 添加）。备注添加后不可更改：更正请另写一条新备注。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="114" />
      <source>Adding the note…</source>
      <translation>正在添加备注…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="53" />
      <source>New note</source>
      <translation>新建备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="43" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="46" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="43" />
      <source>Officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="127" />
      <source>The note was not added: {reason}</source>
      <translation>备注未添加：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/notes_tab.py" line="43" />
      <source>Written</source>
      <translation>撰写时间</translation>
    </message>
  </context>
  <context>
    <name>OneTimePasswordDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="156" />
      <source>Give this password to {name} in person. It is shown only this once; at first sign-in they must choose their own. Until then, and for 24 hours after, their sign-offs and approvals are flagged to supervisors.</source>
      <translation>请当面将此密码交给 {name}。密码仅显示这一次；其首次登录时必须自行设置密码。在此之前及之后 24 小时内，其复核和批准将向主管标记提示。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/account_form.py" line="153" />
      <source>One-time password</source>
      <translation>一次性密码</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="85" />
      <source>&amp;Override</source>
      <translation>改判(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="73" />
      <source>&amp;Reason:</source>
      <translation>理由(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="47" />
      <source>About:</source>
      <translation>对象：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="49" />
      <source>Finding:</source>
      <translation>结论：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="48" />
      <source>Now:</source>
      <translation>当前：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="42" />
      <source>Override a result – {case}</source>
      <translation>改判核查结果 – {case}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="67" />
      <source>Reason for the override</source>
      <translation>改判理由</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="45" />
      <source>Rule:</source>
      <translation>规则：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="62" />
      <source>Treat as:</source>
      <translation>改判为：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks/override_dialog.py" line="69" />
      <source>Why this result should count as the outcome chosen (required)</source>
      <translation>为何应将此结果视为所选结论（必填）</translation>
    </message>
  </context>
  <context>
    <name>PasswordTable</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="68" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="70" />
      <source>Copy the password of {name}</source>
      <translation>复制 {name} 的密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="54" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="54" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/password_table.py" line="54" />
      <source>Username</source>
      <translation>用户名</translation>
    </message>
  </context>
  <context>
    <name>PostKeyDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="70" />
      <source>&amp;Export to a file…</source>
      <translation>导出到文件(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="68" />
      <source>&amp;Generate the post key…</source>
      <translation>生成驻外机构密钥(&amp;G)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="69" />
      <source>&amp;Import from a file…</source>
      <translation>从文件导入(&amp;I)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="140" />
      <source>Export the post key</source>
      <translation>导出驻外机构密钥</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="182" />
      <source>Export the post key to a file? Whoever holds the file and a copy of the database can read every document: keep it as safe as the database itself (only your account can read the file).</source>
      <translation>要将驻外机构密钥导出到文件吗？同时持有该文件和数据库副本的人可以读取所有材料：请像保管数据库本身一样妥善保管（只有您的账户能读取该文件）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="163" />
      <source>Generate the post key</source>
      <translation>生成驻外机构密钥</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="158" />
      <source>Generate the post key for this database? Documents attached from now on are sealed with it; export it to every computer of the post and to the backups, since without it they cannot be read.</source>
      <translation>要为本数据库生成驻外机构密钥吗？此后附加的材料都将用它封存；请将其导出到驻外机构的每台电脑并随备份保存，没有它就无法读取这些材料。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="133" />
      <source>Import the post key</source>
      <translation>导入驻外机构密钥</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="53" />
      <source>On a PostgreSQL server every document is stored sealed with the post key. The key is kept on each computer, never in the database: a computer without it can neither attach nor open documents. Export it to every computer of the post and keep a copy with the database backups.</source>
      <translation>在 PostgreSQL 服务器上，每份材料都用驻外机构密钥封存后存储。密钥保存在各台电脑上，从不存入数据库：没有密钥的电脑既不能附加也不能打开材料。请将其导出到驻外机构的每台电脑，并随数据库备份保存一份副本。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="49" />
      <source>Post key</source>
      <translation>驻外机构密钥</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="141" />
      <source>Post key files (*.key)</source>
      <translation>驻外机构密钥文件 (*.key)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="134" />
      <source>Post key files (*.key);;All files (*)</source>
      <translation>驻外机构密钥文件 (*.key);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="168" />
      <source>Post key {fingerprint} generated and kept on this computer.</source>
      <translation>驻外机构密钥 {fingerprint} 已生成并保存在本机。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="178" />
      <source>Post key {fingerprint} imported: documents can be attached and opened here.</source>
      <translation>驻外机构密钥 {fingerprint} 已导入：本机现在可以附加和打开材料。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="195" />
      <source>Post key {fingerprint} written to {path}.</source>
      <translation>驻外机构密钥 {fingerprint} 已写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="203" />
      <source>Post key…</source>
      <translation>正在处理驻外机构密钥…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="97" />
      <source>Reading the post key…</source>
      <translation>正在读取驻外机构密钥…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="112" />
      <source>The file in the post key's place on this computer is not a post key. Import the post key again from a computer that has it.</source>
      <translation>本机存放驻外机构密钥处的文件不是驻外机构密钥。请从已有密钥的电脑重新导入。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="121" />
      <source>This computer does not have the post key (fingerprint {fingerprint}), so documents cannot be attached or opened here. Export it on a computer that has it, then import that file here.</source>
      <translation>本机没有驻外机构密钥（指纹 {fingerprint}），因此无法在本机附加或打开材料。请在已有密钥的电脑上导出，再将该文件导入本机。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="117" />
      <source>This computer has the post key (fingerprint {fingerprint}).</source>
      <translation>本机已有驻外机构密钥（指纹 {fingerprint}）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="126" />
      <source>This database has no post key yet, so no document can be attached. Generate it once for the post, then export it to the other computers.</source>
      <translation>本数据库尚无驻外机构密钥，因此无法附加任何材料。请为驻外机构生成一次，然后导出到其他电脑。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/post_key_dialog.py" line="107" />
      <source>This database is a file on this computer: its own key seals its documents. The post key is only for a PostgreSQL server.</source>
      <translation>本数据库是本机上的文件：其材料由它自己的密钥封存。驻外机构密钥仅用于 PostgreSQL 服务器。</translation>
    </message>
  </context>
  <context>
    <name>PostSettingsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="66" />
      <source>&amp;Post:</source>
      <translation>驻外机构(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="137" />
      <source>Back to {value}</source>
      <translation>恢复为 {value}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="135" />
      <source>Default</source>
      <translation>默认值</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="211" />
      <source>Not saved: {reason}</source>
      <translation>未保存：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="71" />
      <source>Pages</source>
      <translation>页面</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="63" />
      <source>Post</source>
      <translation>驻外机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="56" />
      <source>Post settings</source>
      <translation>驻外机构设置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="196" />
      <source>Saving the post settings…</source>
      <translation>正在保存驻外机构设置…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="127" />
      <source>The published sources do not settle this value.</source>
      <translation>公开资料未明确此值。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="169" />
      <source>Version 0: the rule pack's defaults, never changed at this post</source>
      <translation>版本 0：规则包默认值，本馆从未修改</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="171" />
      <source>Version {version}</source>
      <translation>版本 {version}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_dialog.py" line="126" />
      <source>{name}  [ASSUMPTION]</source>
      <translation>{name}  [假设]</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/qt_texts.py" line="13" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/qt_texts.py" line="11" />
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/qt_texts.py" line="12" />
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>QueuesPanel</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="36" />
      <source>All cases</source>
      <translation>全部案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="32" />
      <source>Awaiting documents</source>
      <translation>待补材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="34" />
      <source>Awaiting sign-off</source>
      <translation>待复核签批</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="35" />
      <source>Decided</source>
      <translation>已决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="30" />
      <source>My cases</source>
      <translation>我的案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="52" />
      <source>Queues</source>
      <translation>队列</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="33" />
      <source>Ready for decision</source>
      <translation>待决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="64" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="62" />
      <source>Save search…</source>
      <translation>保存搜索…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="59" />
      <source>Saved searches</source>
      <translation>已保存的搜索</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/queues_panel.py" line="31" />
      <source>Unassigned</source>
      <translation>未分配</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyBanner</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/read_only_banner.py" line="48" />
      <source>Read-only: this database was opened read-only. You can look at cases and documents, but nothing can be saved here — no edits, imports, checks, decisions, letters or exports — and case views cannot be recorded in the audit trail. Open the database writable to work on cases.</source>
      <translation>只读：此数据库以只读方式打开。您可以查看案件和材料，但此处无法保存任何内容——不能编辑、导入、核查、作出决定、出具函件或导出——且查看案件的操作无法记入审计日志。如需办理案件，请以可写方式打开数据库。</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/case_form.py" line="76" />
      <source>not given</source>
      <translation>未填写</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="48" />
      <source>Reason</source>
      <translation>理由</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/documents/dialogs.py" line="49" />
      <source>Why (required; kept in the case's history)</source>
      <translation>原因（必填；将存入案件历史）</translation>
    </message>
  </context>
  <context>
    <name>RecommendForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="134" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="97" />
      <source>&amp;Approve</source>
      <translation>批准(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="156" />
      <source>&amp;Documents:</source>
      <translation>材料(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="149" />
      <source>&amp;Entries:</source>
      <translation>入境次数(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="179" />
      <source>&amp;Record recommendation</source>
      <translation>录入建议(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="151" />
      <source>&amp;Stay:</source>
      <translation>停留期(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="150" />
      <source>&amp;Validity:</source>
      <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="157" />
      <source>Also invite to an &amp;interview:</source>
      <translation>同时邀请面谈(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="145" />
      <source>Blank: the documents the checks found missing</source>
      <translation>留空：即核查发现缺少的材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="276" />
      <source>Choose approve, refuse or request documents.</source>
      <translation>请选择批准、拒签或要求补充材料。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="181" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="144" />
      <source>Documents to request</source>
      <translation>要求补充的材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="136" />
      <source>Duration of each stay</source>
      <translation>每次停留期限</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="130" />
      <source>Entries</source>
      <translation>入境次数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="115" />
      <source>Grounds from the latest check results</source>
      <translation>依据（来自最近一次核查结果）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="161" />
      <source>Interview date and time</source>
      <translation>面谈日期和时间</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="168" />
      <source>Interview place</source>
      <translation>面谈地点</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="98" />
      <source>Re&amp;fuse</source>
      <translation>拒签(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="99" />
      <source>Re&amp;quest documents</source>
      <translation>要求补充材料(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="119" />
      <source>Reasoning</source>
      <translation>理由说明</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="191" />
      <source>Reasoning:</source>
      <translation>理由说明：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="91" />
      <source>Recommend</source>
      <translation>提出建议</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="155" />
      <source>Reply &amp;by:</source>
      <translation>答复期限(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="139" />
      <source>Reply by</source>
      <translation>答复期限</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="135" />
      <source>Validity</source>
      <translation>有效期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="342" />
      <source>Warning: {text}</source>
      <translation>警告：{text}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="121" />
      <source>What in this case leads to the recommendation: facts, documents, results.</source>
      <translation>本案中得出该建议的依据：事实、材料、核查结果。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="169" />
      <source>Where the applicant should come</source>
      <translation>申请人应前往的地点</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="226" />
      <source>{now} (overridden from {was})</source>
      <translation>{now}（由{was}改判）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/decisions/form.py" line="131" />
      <source>— choose —</source>
      <translation>— 请选择 —</translation>
    </message>
  </context>
  <context>
    <name>RecoveryKeyDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="86" />
      <source>I have kept it safe</source>
      <translation>我已妥善保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="61" />
      <source>Letters A–Z and digits 2–7 only: O is always the letter O and I the letter I (the key has no 0 or 1).</source>
      <translation>只含字母 A–Z 和数字 2–7：O 一律是字母 O，I 一律是字母 I（密钥中没有数字 0 和 1）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="81" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="57" />
      <source>Recovery key</source>
      <translation>恢复密钥</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="132" />
      <source>Recovery key not saved</source>
      <translation>恢复密钥未保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="37" />
      <source>Recovery key of this database</source>
      <translation>本数据库的恢复密钥</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="123" />
      <source>Save the recovery key</source>
      <translation>保存恢复密钥</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="78" />
      <source>Save to file…</source>
      <translation>保存到文件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="141" />
      <source>Saved to {path}. If that is on this computer, copy it to a USB stick and delete it here.</source>
      <translation>已保存到 {path}。如果该位置在这台电脑上，请把文件复制到 U 盘，然后在这里删除。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="133" />
      <source>The file could not be written ({error}); choose another place.</source>
      <translation>无法写入该文件（{error}）；请选择其他位置。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/recovery_key_dialog.py" line="40" />
      <source>This database is encrypted: only its accounts' own passwords open it. If every administrator password is lost, this recovery key is the only way in (kvisa-desk db unlock ADMIN --recovery-key-file FILE; the saved file and the printout say how). It is shown only this once: save it to a USB stick or print it, and keep it locked away from this computer.</source>
      <translation>本数据库已加密：只有各账户本人的密码才能打开它。如果所有管理员的密码都已遗失，此恢复密钥是唯一的打开途径（kvisa-desk db unlock ADMIN --recovery-key-file FILE；保存的文件和打印件上写有用法）。恢复密钥只显示这一次：请保存到 U 盘或打印出来，锁好并与这台电脑分开存放。</translation>
    </message>
  </context>
  <context>
    <name>Registry</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="21" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="70" />
      <source>First entry</source>
      <translation>第一条</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="23" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="20" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="26" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="71" />
      <source>Second entry</source>
      <translation>第二条</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="25" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="22" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_model.py" line="24" />
      <source>Web domains</source>
      <translation>网站域名</translation>
    </message>
  </context>
  <context>
    <name>RegistryEditor</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="91" />
      <source>&amp;Add research institution…</source>
      <translation>添加科研机构(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="126" />
      <source>&amp;Entries</source>
      <translation>条目(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="114" />
      <source>&amp;Merge second into first</source>
      <translation>将第二条并入第一条(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="102" />
      <source>A name or abbreviation, e.g. UNILAG</source>
      <translation>名称或缩写，例如 UNILAG</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="349" />
      <source>Changing the registry…</source>
      <translation>正在修改机构名录…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="78" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="127" />
      <source>D&amp;uplicates</source>
      <translation>重复条目(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="213" />
      <source>D&amp;uplicates (looking…)</source>
      <translation>重复条目(&amp;U)（查找中…）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="209" />
      <source>D&amp;uplicates ({count})</source>
      <translation>重复条目(&amp;U)（{count}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="67" />
      <source>Institution registry</source>
      <translation>机构名录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="214" />
      <source>Looking for duplicate names…</source>
      <translation>正在查找重复名称…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="116" />
      <source>Merge first into &amp;second</source>
      <translation>将第一条并入第二条(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="103" />
      <source>Name to register or remove</source>
      <translation>要登记或删除的名称</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="266" />
      <source>Names registered for {name}: {names}</source>
      <translation>{name} 已登记的名称：{names}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="247" />
      <source>No. {dup} merged into No. {keep} ({name}).</source>
      <translation>编号 {dup} 已并入编号 {keep}（{name}）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="89" />
      <source>Raise to &amp;recognised</source>
      <translation>提升为“公认”(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="105" />
      <source>Re&amp;gister name</source>
      <translation>登记名称(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="108" />
      <source>Remo&amp;ve name</source>
      <translation>删除名称(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="72" />
      <source>Search names, e.g. Lagos</source>
      <translation>搜索名称，例如 Lagos</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="74" />
      <source>Search the registry</source>
      <translation>搜索机构名录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="256" />
      <source>Select an institution to see the names registered for it.</source>
      <translation>请选择一个机构以查看为其登记的名称。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="165" />
      <source>These entries share one name in one country, so an application naming that institution matches both and stays in review. Merge each pair into the entry to keep; the other stops matching and its web domains join the kept entry.</source>
      <translation>以下条目在同一国家中名称相同，提及该机构的申请会同时匹配两者而一直处于待审查状态。请将每对条目并入要保留的一条；另一条将不再参与匹配，其网站域名并入保留的条目。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="264" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="282" />
      <source>{alias} registered for {name}.</source>
      <translation>已为 {name} 登记 {alias}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="285" />
      <source>{alias} removed from {name}.</source>
      <translation>已从 {name} 删除 {alias}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="313" />
      <source>{name} added.</source>
      <translation>已添加 {name}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/registry_editor.py" line="238" />
      <source>{name} is now recognised.</source>
      <translation>{name} 现为“公认”等级。</translation>
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="97" />
      <source>Not for your role ({role}): only accounts that may {what}.</source>
      <translation>您的角色（{role}）无此权限：仅限有权{what}的账户。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="58" />
      <source>administrator</source>
      <translation>管理员</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="49" />
      <source>change the institution registry</source>
      <translation>修改机构名录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="48" />
      <source>change the post's settings</source>
      <translation>修改驻外机构设置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="47" />
      <source>export case data</source>
      <translation>导出案件数据</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="41" />
      <source>import applications</source>
      <translation>导入申请</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="46" />
      <source>issue letters</source>
      <translation>出具函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="51" />
      <source>manage accounts</source>
      <translation>管理账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="69" />
      <source>no active account</source>
      <translation>无有效账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="56" />
      <source>officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="43" />
      <source>override a rule result</source>
      <translation>改判规则结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="53" />
      <source>purge cases past retention</source>
      <translation>清除超过保存期限的案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="44" />
      <source>record a recommendation</source>
      <translation>录入建议</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="42" />
      <source>run the eligibility checks</source>
      <translation>运行资格核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="45" />
      <source>sign off a recommendation</source>
      <translation>签批建议</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="57" />
      <source>supervisor</source>
      <translation>主管</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="52" />
      <source>upgrade, back up or restore the database</source>
      <translation>升级、备份或恢复数据库</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="39" />
      <source>view cases</source>
      <translation>查看案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="50" />
      <source>view the audit trail</source>
      <translation>查看审计日志</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/widgets/roles.py" line="40" />
      <source>work on cases</source>
      <translation>办理案件</translation>
    </message>
  </context>
  <context>
    <name>SendDecisions</name>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="83" />
      <source>Batch {number} of {post} written to {folder}: {records} decisions.</source>
      <translation>{post} 第 {number} 批已写入 {folder}：共 {records} 项决定。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="67" />
      <source>Decisions are being sent already.</source>
      <translation>正在发送决定。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="51" />
      <source>Decisions of the post:</source>
      <translation>哪个驻外机构的决定：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="39" />
      <source>Every decision not yet sent, as the next signed batch for the service centre</source>
      <translation>尚未发送的全部决定，作为下一签名批次发给签证申请服务中心</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="90" />
      <source>No decisions were sent.</source>
      <translation>未发送任何决定。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="81" />
      <source>Nothing new to send: no batch was written.</source>
      <translation>没有新的决定可发送：未写入批次。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="36" />
      <source>Se&amp;nd decisions…</source>
      <translation>发送决定(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="51" />
      <source>Send decisions</source>
      <translation>发送决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="57" />
      <source>Send decisions to the folder</source>
      <translation>将决定发送到文件夹</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/exchange/send_decisions.py" line="74" />
      <source>Sending decisions…</source>
      <translation>正在发送决定…</translation>
    </message>
  </context>
  <context>
    <name>ServerWatch</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/offline_banner.py" line="109" />
      <source>&amp;Retry now</source>
      <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/offline_banner.py" line="137" />
      <source>The database server answers again: save what you were working on.</source>
      <translation>数据库服务器已恢复响应：请保存您正在处理的内容。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/offline_banner.py" line="102" />
      <source>The database server cannot be reached. Nothing was saved since it went away, and nothing is queued: what you typed stays in the open windows. Trying again every {seconds} s; save again when the server answers.</source>
      <translation>无法连接数据库服务器。自连接中断以来未保存任何内容，也没有任何内容排队等待保存：您输入的内容仍保留在已打开的窗口中。每 {seconds} 秒重试一次；服务器恢复响应后请再次保存。</translation>
    </message>
  </context>
  <context>
    <name>SettingsOptions</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="141" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="180" />
      <source>comma-separated, e.g. {example}</source>
      <translation>以逗号分隔，例如 {example}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="34" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="34" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="69" />
      <source>{description}
Default: {default}</source>
      <translation>{description}
默认值：{default}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_options.py" line="213" />
      <source>{value} (fixed by the rule pack)</source>
      <translation>{value}（由规则包固定）</translation>
    </message>
  </context>
  <context>
    <name>SettingsPages</name>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_pages.py" line="112" />
      <source>How this post works: targets, limits and sign-off.</source>
      <translation>本馆工作方式：时限目标、限制与复核签批。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_pages.py" line="103" />
      <source>Rule parameters</source>
      <translation>规则参数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_pages.py" line="104" />
      <source>Values the rules of pack {pack} use at this post. Those marked ASSUMPTION are readings the published sources do not settle; change them only on instruction.</source>
      <translation>规则包 {pack} 在本馆使用的参数值。标为“假设”的参数是公开资料未明确的理解，仅在接到指示时修改。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/admin/settings_pages.py" line="111" />
      <source>Working settings</source>
      <translation>工作设置</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="44" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="36" />
      <source>Add the note being written</source>
      <translation>添加正在编写的备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="40" />
      <source>Anywhere</source>
      <translation>任意位置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="74" />
      <source>Attach document</source>
      <translation>附加材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="33" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="42" />
      <source>Close the case window</source>
      <translation>关闭案件窗口</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="79" />
      <source>Disclosure bundle</source>
      <translation>披露文件包</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="34" />
      <source>Documents</source>
      <translation>材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="76" />
      <source>Issue letter</source>
      <translation>出具函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="31" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="44" />
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="38" />
      <source>Letters</source>
      <translation>函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="40" />
      <source>Move between fields</source>
      <translation>在字段之间移动</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="73" />
      <source>New note</source>
      <translation>新建备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="80" />
      <source>Next case</source>
      <translation>下一个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="41" />
      <source>Open the selected case</source>
      <translation>打开所选案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="81" />
      <source>Previous case</source>
      <translation>上一个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="78" />
      <source>Print summary</source>
      <translation>打印摘要</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="38" />
      <source>Print the selected letter</source>
      <translation>打印所选函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="75" />
      <source>Recommend</source>
      <translation>提出建议</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="37" />
      <source>Record the recommendation, issue the letter</source>
      <translation>录入建议、出具函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="71" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="72" />
      <source>Run checks</source>
      <translation>运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="69" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="77" />
      <source>Save summary</source>
      <translation>保存摘要</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="39" />
      <source>Save the selected letter as PDF</source>
      <translation>将所选函件另存为 PDF</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="70" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="44" />
      <source>Where</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/shortcuts_dialog.py" line="32" />
      <source>Worklist</source>
      <translation>工作清单</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="254" />
      <source>&amp;Password</source>
      <translation>密码(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="253" />
      <source>&amp;Username</source>
      <translation>用户名(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="105" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="268" />
      <source>Forgot your password?</source>
      <translation>忘记密码？</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="258" />
      <source>Forgot your password? Officers and supervisors: ask an administrator for a one-time password. Administrators: on the computer that holds the database, run kvisa-desk db unlock ADMIN --recovery-key-file FILE with your username and the saved recovery key.</source>
      <translation>忘记密码？签证官和主管：请管理员为您设置一次性密码。管理员：在存放数据库的电脑上运行 kvisa-desk db unlock ADMIN --recovery-key-file FILE，其中 ADMIN 为您的用户名，FILE 为保存的恢复密钥文件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="347" />
      <source>Opening the database…</source>
      <translation>正在打开数据库…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="348" />
      <source>Opening the encrypted database with your password…</source>
      <translation>正在用您的密码打开加密数据库…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="252" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="275" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="242" />
      <source>Sign in to KVisa Desk</source>
      <translation>登录 KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="243" />
      <source>Sign in with your KVisa Desk account.</source>
      <translation>请使用您的 KVisa Desk 账户登录。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="198" />
      <source>That did not work: {error}. Try again, or ask the administrator.</source>
      <translation>操作未成功：{error}。请重试，或联系管理员。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="332" />
      <source>Type your password.</source>
      <translation>请输入密码。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="331" />
      <source>Type your username.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="251" />
      <source>Username</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="112" />
      <source>Working</source>
      <translation>正在处理</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="232" />
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
  </context>
  <context>
    <name>TransportBanner</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/transport_banner.py" line="25" />
      <source>The connection to the database server is not encrypted (sslmode=disable): applicants' data crosses the network in the clear. Ask the administrator to use sslmode=require.</source>
      <translation>与数据库服务器的连接未加密（sslmode=disable）：申请人数据以明文在网络上传输。请联系管理员改用 sslmode=require。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/transport_banner.py" line="36" />
      <source>Unencrypted connection</source>
      <translation>未加密的连接</translation>
    </message>
  </context>
  <context>
    <name>WorkflowBar</name>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="34" />
      <source>&amp;Move to</source>
      <translation>转至(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="41" />
      <source>Assi&amp;gn</source>
      <translation>分配(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="71" />
      <source>Assign to me</source>
      <translation>分配给我</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="106" />
      <source>Assigning the case…</source>
      <translation>正在分配案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="92" />
      <source>Moving the case to {status}…</source>
      <translation>正在将案件转至“{status}”…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="66" />
      <source>No further step: the case is closed</source>
      <translation>无后续步骤：案件已结案</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="78" />
      <source>Nobody (unassign)</source>
      <translation>无人（取消分配）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case/workflow_bar.py" line="46" />
      <source>Workflow:</source>
      <translation>流程：</translation>
    </message>
  </context>
  <context>
    <name>WorklistExport</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="126" />
      <source>&amp;Export worklist…</source>
      <translation>导出工作清单(&amp;E)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="152" />
      <source>An export is running already.</source>
      <translation>已有导出正在进行。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="141" />
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="175" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="128" />
      <source>Ctrl+E</source>
      <translation>Ctrl+E</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="141" />
      <source>Excel files (*.xlsx)</source>
      <translation>Excel 文件 (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="209" />
      <source>Export cancelled: no file was written.</source>
      <translation>导出已取消：未写入任何文件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="144" />
      <source>Export the worklist</source>
      <translation>导出工作清单</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="212" />
      <source>Export worklist</source>
      <translation>导出工作清单</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="175" />
      <source>Exporting the worklist…</source>
      <translation>正在导出工作清单…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="130" />
      <source>The selected cases, or every case of the filter, to CSV or XLSX</source>
      <translation>将所选案件或筛选条件下的全部案件导出为 CSV 或 XLSX</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="211" />
      <source>The worklist was not exported.</source>
      <translation>工作清单未导出。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/export.py" line="202" />
      <source>{count} cases exported to {path}.</source>
      <translation>已将 {count} 个案件导出至 {path}。</translation>
    </message>
  </context>
  <context>
    <name>WorklistFilters</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="74" />
      <source>Any nationality</source>
      <translation>任意国籍</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="83" />
      <source>Any officer</source>
      <translation>任意签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="78" />
      <source>Any outcome</source>
      <translation>任意结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="70" />
      <source>Any status</source>
      <translation>任意状态</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="92" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="93" />
      <source>Clear the search and every filter</source>
      <translation>清除搜索和全部筛选条件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="82" />
      <source>Filter by assigned officer</source>
      <translation>按经办签证官筛选</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="77" />
      <source>Filter by check outcome</source>
      <translation>按核查结果筛选</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="73" />
      <source>Filter by nationality</source>
      <translation>按国籍筛选</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="69" />
      <source>Filter by status</source>
      <translation>按状态筛选</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="89" />
      <source>Received from</source>
      <translation>受理起始日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="90" />
      <source>Received until</source>
      <translation>受理截止日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="103" />
      <source>Received:</source>
      <translation>受理日期：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="58" />
      <source>Search cases</source>
      <translation>搜索案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="60" />
      <source>Search: case or application id, name in any script, passport, e-mail (Ctrl+F)</source>
      <translation>搜索：案件号或申请号、任意文字的姓名、护照、电子邮箱（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/filters.py" line="131" />
      <source>any</source>
      <translation>不限</translation>
    </message>
  </context>
  <context>
    <name>WorklistModel</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="138" />
      <source>Age</source>
      <translation>年龄</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="119" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="116" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="159" />
      <source>Check outcome</source>
      <translation>核查结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="173" />
      <source>Days open</source>
      <translation>已办理天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="131" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="125" />
      <source>Native name</source>
      <translation>本国文字姓名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/model.py" line="115" />
      <source>No longer in this list after a change: F5 reads the list again</source>
      <translation>更改后已不属于此列表：按 F5 重新读取列表</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="180" />
      <source>Officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="166" />
      <source>Received</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="145" />
      <source>Route</source>
      <translation>路径</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="152" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/columns.py" line="76" />
      <source>demo</source>
      <translation>演示</translation>
    </message>
  </context>
  <context>
    <name>WorklistPanel</name>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/worklist/panel.py" line="266" />
      <source>%Ln cases</source>
      <translation>
        <numerusform>%Ln 个案件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/worklist/panel.py" line="274" />
      <source>%Ln matching cases</source>
      <translation>
        <numerusform>%Ln 个匹配的案件</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <location filename="../../kvisa_desk/ui/worklist/panel.py" line="268" />
      <source>%Ln matching cases shown: the best {limit}. Type more to narrow the search.</source>
      <translation>
        <numerusform>显示 %Ln 个匹配的案件：最匹配的 {limit} 个。请输入更多内容以缩小搜索范围。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/panel.py" line="81" />
      <source>Administrators manage accounts and the database; case work needs an officer or supervisor account.</source>
      <translation>管理员负责管理账户和数据库；办理案件需使用签证官或主管账户。</translation>
    </message>
  </context>
  <context>
    <name>WorklistView</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/view.py" line="201" />
      <source>Reset columns</source>
      <translation>重置列</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist/view.py" line="58" />
      <source>Worklist</source>
      <translation>工作清单</translation>
    </message>
  </context>
  <context>
    <name>_FormDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="105" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="198" />
      <source>That did not work: {error}. Try again, or ask the administrator.</source>
      <translation>操作未成功：{error}。请重试，或联系管理员。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="112" />
      <source>Working</source>
      <translation>正在处理</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shell/sign_in_form.py" line="232" />
      <source>Working…</source>
      <translation>正在处理…</translation>
    </message>
  </context>
</TS>
