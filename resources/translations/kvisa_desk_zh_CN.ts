<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>BatchChecks</name>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="67" />
      <source>Checked {done} of {total} cases</source>
      <translation>已核查 {done} / {total} 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="92" />
      <source>Checking every case…</source>
      <translation>正在核查全部案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="135" />
      <source>Checking stopped</source>
      <translation>核查已停止</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="96" />
      <source>Checking {count} cases…</source>
      <translation>正在核查 {count} 个案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="65" />
      <source>Stopped: checked {done} of {total} cases</source>
      <translation>已停止：已核查 {done} / {total} 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="136" />
      <source>The checks failed: {error}</source>
      <translation>核查失败：{error}</translation>
    </message>
  </context>
  <context>
    <name>BatchProgress</name>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="31" />
      <source>%v of %m cases</source>
      <translation>%v / %m 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="33" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="32" />
      <source>Checking progress</source>
      <translation>核查进度</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/batch_checks.py" line="54" />
      <source>Stopping…</source>
      <translation>正在停止…</translation>
    </message>
  </context>
  <context>
    <name>CareerTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="48" />
      <source>Awarded on</source>
      <translation>授予日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="47" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="37" />
      <source>Degree {n}: {level}</source>
      <translation>学位 {n}：{level}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="58" />
      <source>Employer</source>
      <translation>用人单位</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="44" />
      <source>Field</source>
      <translation>专业领域</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="64" />
      <source>From</source>
      <translation>起始日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="45" />
      <source>ISCED-F code</source>
      <translation>ISCED-F 代码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="46" />
      <source>Institution</source>
      <translation>机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="60" />
      <source>Kind of post</source>
      <translation>职位类型</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="43" />
      <source>Level</source>
      <translation>层次</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="59" />
      <source>Position</source>
      <translation>职位</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="54" />
      <source>Post {n}</source>
      <translation>任职 {n}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="30" />
      <source>The application lists no degrees and no posts.</source>
      <translation>申请中未列出任何学位或任职。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="65" />
      <source>Until</source>
      <translation>截止日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_career.py" line="65" />
      <source>present</source>
      <translation>至今</translation>
    </message>
  </context>
  <context>
    <name>CaseChecks</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_checks.py" line="54" />
      <source>Checking {case}…</source>
      <translation>正在核查 {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_checks.py" line="87" />
      <source>Saving the override…</source>
      <translation>正在保存改判…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_checks.py" line="101" />
      <source>The checks could not run</source>
      <translation>无法运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_checks.py" line="102" />
      <source>{case}: {error}</source>
      <translation>{case}：{error}</translation>
    </message>
  </context>
  <context>
    <name>CaseDocuments</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="87" />
      <source>Attach a document</source>
      <translation>附加材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="104" />
      <source>Attaching {name}…</source>
      <translation>正在附加 {name}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="77" />
      <source>Check</source>
      <translation>核验</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="77" />
      <source>Document</source>
      <translation>材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="80" />
      <source>Documents</source>
      <translation>材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="77" />
      <source>File name</source>
      <translation>文件名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="92" />
      <source>Kind of document:</source>
      <translation>材料类型：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="114" />
      <source>Not attached: {reason}</source>
      <translation>未附加：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="77" />
      <source>Where from</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_documents.py" line="36" />
      <source>attached by {officer}, {when}</source>
      <translation>由 {officer} 于 {when} 附加</translation>
    </message>
  </context>
  <context>
    <name>CaseEditing</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="129" />
      <source>Not saved: correct the marked fields ({fields}).</source>
      <translation>未保存：请更正标出的字段（{fields}）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="167" />
      <source>Not saved: {reason}</source>
      <translation>未保存：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="175" />
      <source>Saved meanwhile</source>
      <translation>他人已先行保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="144" />
      <source>Saving {case}…</source>
      <translation>正在保存 {case}…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="171" />
      <source>{reason}

Reload the case now? Their changes will show, and yours are put back on top, unsaved, for you to check and save again.</source>
      <translation>{reason}

现在重新加载案件吗？将显示对方的修改，您的修改会重新叠加在上面（未保存），供您核对后再次保存。</translation>
    </message>
  </context>
  <context>
    <name>CaseHeader</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="54" />
      <source>Applicant's photo</source>
      <translation>申请人照片</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="75" />
      <source>Case {case} · application {application} at {post}</source>
      <translation>案件 {case} · 申请 {application}，受理馆 {post}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="102" />
      <source>Check outcome: {outcome}</source>
      <translation>核查结果：{outcome}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="81" />
      <source>Status: {status}</source>
      <translation>状态：{status}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_header.py" line="85" />
      <source>{days} days open</source>
      <translation>已办理 {days} 天</translation>
    </message>
  </context>
  <context>
    <name>CaseStatus</name>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="24" />
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="21" />
      <source>Awaiting documents</source>
      <translation>待补材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="23" />
      <source>Awaiting sign-off</source>
      <translation>待复核签批</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="27" />
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="20" />
      <source>In review</source>
      <translation>审查中</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="26" />
      <source>Letter issued</source>
      <translation>已出具函件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="22" />
      <source>Ready for decision</source>
      <translation>待决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="19" />
      <source>Received</source>
      <translation>已受理</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="25" />
      <source>Refused</source>
      <translation>已拒签</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="28" />
      <source>Withdrawn</source>
      <translation>已撤回</translation>
    </message>
  </context>
  <context>
    <name>CaseView</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="78" />
      <source>&amp;Applicant</source>
      <translation>申请人(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="149" />
      <source>&amp;Attach document…</source>
      <translation>附加材料(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="83" />
      <source>&amp;Documents</source>
      <translation>材料(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="81" />
      <source>&amp;Education &amp;&amp; posts</source>
      <translation>学历与任职(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="86" />
      <source>&amp;History</source>
      <translation>历史(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="147" />
      <source>&amp;New note</source>
      <translation>新建备注(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="151" />
      <source>&amp;Next case</source>
      <translation>下一个案件(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="85" />
      <source>&amp;Notes</source>
      <translation>备注(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="80" />
      <source>&amp;Passport</source>
      <translation>护照(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="153" />
      <source>&amp;Previous case</source>
      <translation>上一个案件(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="134" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="145" />
      <source>&amp;Run checks</source>
      <translation>运行核查(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="127" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="82" />
      <source>&amp;Travel &amp;&amp; purpose</source>
      <translation>行程与目的(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="131" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="27" />
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="34" />
      <source>Address</source>
      <translation>地址</translation>
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
      <translation>已附加。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="39" />
      <source>Barred from re-entry</source>
      <translation>被禁止再入境</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="84" />
      <source>Chec&amp;ks</source>
      <translation>核查(&amp;K)</translation>
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
      <translation>出生日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="28" />
      <source>Description</source>
      <translation>说明</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="63" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="32" />
      <source>Email</source>
      <translation>电子邮箱</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="46" />
      <source>Expires on</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="28" />
      <source>F, M or X</source>
      <translation>F、M 或 X</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="41" />
      <source>Fraud found before</source>
      <translation>曾发现欺诈</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="26" />
      <source>Given names</source>
      <translation>名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="66" />
      <source>History</source>
      <translation>历史</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="30" />
      <source>Host institution</source>
      <translation>接待机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="42" />
      <source>Insufficient funds</source>
      <translation>资金不足</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="32" />
      <source>Intended entry</source>
      <translation>拟入境日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="45" />
      <source>Issued on</source>
      <translation>签发日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="44" />
      <source>Issuing state</source>
      <translation>签发国</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="55" />
      <source>MRZ line 1</source>
      <translation>机读区第 1 行</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="56" />
      <source>MRZ line 2</source>
      <translation>机读区第 2 行</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="27" />
      <source>Name in native script</source>
      <translation>本国文字姓名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="31" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="73" />
      <source>Note added.</source>
      <translation>备注已添加。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="63" />
      <source>Officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="43" />
      <source>Passport number</source>
      <translation>护照号码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="33" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="30" />
      <source>Place of birth</source>
      <translation>出生地</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="24" />
      <source>Purpose of the visit</source>
      <translation>访问目的</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="246" />
      <source>Reloaded: check the changes and save again.</source>
      <translation>已重新加载：请核对修改后再次保存。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="183" />
      <source>Save your changes first (Ctrl+S): the checks read the saved case.</source>
      <translation>请先保存修改（Ctrl+S）：核查读取的是已保存的案件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="234" />
      <source>Saved meanwhile</source>
      <translation>他人已先行保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="62" />
      <source>Saved.</source>
      <translation>已保存。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="176" />
      <source>Saving…</source>
      <translation>正在保存…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="36" />
      <source>Screening answers</source>
      <translation>审查问答</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="40" />
      <source>Security concern</source>
      <translation>安全关切</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="28" />
      <source>Sex</source>
      <translation>性别</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="228" />
      <source>Status and assignment saved.</source>
      <translation>状态与分配已保存。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="33" />
      <source>Stay (days)</source>
      <translation>停留天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="25" />
      <source>Surname</source>
      <translation>姓</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="162" />
      <source>This case is finished: its facts are shown, not edited.</source>
      <translation>此案件已办结：仅显示事实，不可编辑。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="259" />
      <source>Unsaved changes</source>
      <translation>未保存的修改</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="63" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_tabs.py" line="63" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_facts.py" line="31" />
      <source>e.g. NGA</source>
      <translation>例如 NGA</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="260" />
      <source>{case} has changes that are not saved. Save them?</source>
      <translation>{case} 有未保存的修改。是否保存？</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/case_view.py" line="235" />
      <source>{reason}

Reload the case now? Your unsaved edits are kept on top.</source>
      <translation>{reason}

现在重新加载案件吗？您未保存的修改将保留在上面。</translation>
    </message>
  </context>
  <context>
    <name>ChangePasswordDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="110" />
      <source>An administrator set your password. Choose your own before you go on (at least {n} characters).</source>
      <translation>您的密码由管理员设置。继续之前请设置您自己的密码（至少 {n} 个字符）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="109" />
      <source>Choose a new password</source>
      <translation>设置新密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="117" />
      <source>Current password</source>
      <translation>当前密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="58" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="118" />
      <source>New password</source>
      <translation>新密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="122" />
      <source>Repeat</source>
      <translation>重复</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="119" />
      <source>Repeat new password</source>
      <translation>再次输入新密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="126" />
      <source>The two new passwords differ.</source>
      <translation>两次输入的新密码不一致。</translation>
    </message>
  </context>
  <context>
    <name>CheckResultsModel</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="92" />
      <source>ASSUMPTION</source>
      <translation>假设</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="38" />
      <source>About</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="42" />
      <source>Basis</source>
      <translation>依据</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="39" />
      <source>Finding</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="40" />
      <source>Officer's override</source>
      <translation>签证官改判</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="36" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="92" />
      <source>Published rule</source>
      <translation>已公布规则</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="37" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="75" />
      <source>Set to {outcome} by {officer}, {when}: “{reason}”</source>
      <translation>由 {officer} 于 {when} 改判为{outcome}：“{reason}”</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="41" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_model.py" line="65" />
      <source>{outcome} (rule found: {found})</source>
      <translation>{outcome}（规则结论：{found}）</translation>
    </message>
  </context>
  <context>
    <name>ChecksTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="84" />
      <source>&amp;Override…</source>
      <translation>改判(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="81" />
      <source>&amp;Run checks</source>
      <translation>运行核查(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="134" />
      <source>ASSUMPTION: the published sources do not settle this rule; it applies the post's setting or the pack's stated reading. Weigh it with that in mind.</source>
      <translation>假设：公开资料未明确此规则；此处采用本馆设置或规则包所述的理解。请据此审慎判断。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="111" />
      <source>About</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="131" />
      <source>Check results</source>
      <translation>核查结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="34" />
      <source>Check the facts each failed rule names. If a fact is recorded wrongly, correct it and run the checks again. If the rule's finding is wrong for this case, select it and override it with a written reason.</source>
      <translation>请核对每条未通过规则所涉及的事实。如事实录入有误，请更正后重新运行核查；如规则的结论不适用于本案，请选中该结果并附书面理由进行改判。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="82" />
      <source>Check this case against the rules now (Ctrl+R)</source>
      <translation>立即按规则核查本案（Ctrl+R）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="60" />
      <source>Checked {when} by {officer} · {pack} · {settings}</source>
      <translation>{when} 由 {officer} 核查 · {pack} · {settings}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="79" />
      <source>Degrees and posts (they count only through K-RTE-01): {parts}.</source>
      <translation>学位与任职（仅通过 K-RTE-01 计入）：{parts}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="26" />
      <source>Fail: the case does not meet the K visa rules as recorded</source>
      <translation>不通过：按现有记录，本案不符合K字签证规则</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="113" />
      <source>Finding</source>
      <translation>结论</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="40" />
      <source>Look at each result marked Review and the evidence it names. When you are satisfied, override it to Pass with a written reason, or to Fail.</source>
      <translation>请逐一查看标为“待审查”的结果及其所涉证据。确认后，请附书面理由将其改判为“通过”或“不通过”。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="44" />
      <source>No result needs an officer's attention before a decision.</source>
      <translation>作出决定前，没有需要签证官处理的结果。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="162" />
      <source>Not checked yet</source>
      <translation>尚未核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="112" />
      <source>Outcome</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="126" />
      <source>Override</source>
      <translation>改判</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="216" />
      <source>Overrides that no longer apply, because the facts changed since they were made: {list}. Override again if they still hold.</source>
      <translation>以下改判已失效，因为改判后事实发生了变化：{list}。如仍适用，请重新改判。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="29" />
      <source>Pass: every rule is met</source>
      <translation>通过：全部规则均已满足</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="28" />
      <source>Review: an officer must look at the results marked Review</source>
      <translation>待审查：签证官须查看标为“待审查”的结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="110" />
      <source>Rule</source>
      <translation>规则</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="125" />
      <source>Rule found</source>
      <translation>规则结论</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="165" />
      <source>Run the checks (Ctrl+R) to see how this case meets each K visa rule.</source>
      <translation>运行核查（Ctrl+R）以查看本案对每条K字签证规则的符合情况。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="92" />
      <source>Selected result</source>
      <translation>所选结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="114" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="141" />
      <source>This result is about one degree or post. It reaches the case's outcome only through K-RTE-01: one degree (Route A) or one post (Route B) passing every part is enough.</source>
      <translation>此结果针对某一学位或任职，仅通过 K-RTE-01 影响案件结果：只要有一个学位（路径A）或一个任职（路径B）的各项均通过即可。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="85" />
      <source>Treat the selected result as another outcome</source>
      <translation>将所选结果改判为其他结论</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="123" />
      <source>Values used</source>
      <translation>所用数值</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="77" />
      <source>Whole case: {whole}.</source>
      <translation>整个案件：{whole}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="104" />
      <source>Why:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="59" />
      <source>post settings version {version}</source>
      <translation>驻外机构设置版本 {version}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="57" />
      <source>post settings: the pack's defaults (version 0)</source>
      <translation>驻外机构设置：规则包默认值（版本 0）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="55" />
      <source>rule pack {pack} (no longer installed)</source>
      <translation>规则包 {pack}（已不再安装）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/check_texts.py" line="51" />
      <source>rule pack {pack} ({title}), in force from {date}</source>
      <translation>规则包 {pack}（{title}），自 {date} 起施行</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/checks_tab.py" line="208" />
      <source>{rule} ({about}) set to {outcome} by {officer}</source>
      <translation>{rule}（{about}）由 {officer} 改判为{outcome}</translation>
    </message>
  </context>
  <context>
    <name>Codes</name>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="61" />
      <source>Application form</source>
      <translation>申请表</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="74" />
      <source>Applications imported</source>
      <translation>申请已导入</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="38" />
      <source>Bachelor's degree</source>
      <translation>学士学位</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="54" />
      <source>Business</source>
      <translation>商务</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="77" />
      <source>Case assigned</source>
      <translation>案件已分配</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="52" />
      <source>Culture</source>
      <translation>文化</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="62" />
      <source>Degree certificate</source>
      <translation>学位证书</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="40" />
      <source>Doctorate</source>
      <translation>博士学位</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="50" />
      <source>Education</source>
      <translation>教育</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="55" />
      <source>Employment</source>
      <translation>就业</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="53" />
      <source>Entrepreneurship</source>
      <translation>创业</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="33" />
      <source>Female</source>
      <translation>女</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="73" />
      <source>Imported</source>
      <translation>已导入</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="46" />
      <source>Industry</source>
      <translation>产业</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="75" />
      <source>Institution registry seeded</source>
      <translation>机构名录已初始化</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="34" />
      <source>Male</source>
      <translation>男</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="39" />
      <source>Master's degree</source>
      <translation>硕士学位</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="103" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="100" />
      <source>Not answered</source>
      <translation>未作答</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="68" />
      <source>Not verified</source>
      <translation>未核验</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="47" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="65" />
      <source>Other document</source>
      <translation>其他材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="41" />
      <source>Other qualification</source>
      <translation>其他学历</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="59" />
      <source>Passport scan</source>
      <translation>护照扫描件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="60" />
      <source>Photo</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="64" />
      <source>Proof of post</source>
      <translation>任职证明</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="45" />
      <source>Research</source>
      <translation>科研</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="51" />
      <source>Science and technology</source>
      <translation>科学技术</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="76" />
      <source>Status changed</source>
      <translation>状态已变更</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="70" />
      <source>Suspected fraudulent</source>
      <translation>疑似伪造</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="44" />
      <source>Teaching</source>
      <translation>教学</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="63" />
      <source>Transcript</source>
      <translation>成绩单</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="35" />
      <source>Unspecified (X)</source>
      <translation>未指明（X）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="69" />
      <source>Verified</source>
      <translation>已核验</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="102" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
  </context>
  <context>
    <name>DemoCases</name>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="73" />
      <source>Add {count} synthetic demo cases to this database? They are invented applicants for training, not real applications.</source>
      <translation>向此数据库添加 {count} 个合成演示案件？这些是用于培训的虚构申请人，并非真实申请。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="65" />
      <source>Demo cases</source>
      <translation>演示案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="77" />
      <source>Load demo cases</source>
      <translation>加载演示案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="89" />
      <source>Loading {count} demo cases…</source>
      <translation>正在加载 {count} 个演示案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="94" />
      <source>The demo cases could not be loaded: {error}</source>
      <translation>无法加载演示案件：{error}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="96" />
      <source>This copy of KVisa Desk has no demo case generator yet.</source>
      <translation>此版本的 KVisa Desk 尚无演示案件生成器。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/demo_cases.py" line="62" />
      <source>This database has no cases yet. Load {count} demo cases to explore KVisa Desk?</source>
      <translation>此数据库尚无案件。是否加载 {count} 个演示案件以体验 KVisa Desk？</translation>
    </message>
  </context>
  <context>
    <name>FieldEdit</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_editing.py" line="39" />
      <source>Change {field}</source>
      <translation>修改{field}</translation>
    </message>
  </context>
  <context>
    <name>FirstAdministratorDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="135" />
      <source>Create the first administrator</source>
      <translation>创建首个管理员</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="58" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="146" />
      <source>Explore with demo data instead</source>
      <translation>改用演示数据体验</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="154" />
      <source>Full name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="151" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="156" />
      <source>Repeat</source>
      <translation>重复</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="152" />
      <source>Repeat password</source>
      <translation>再次输入密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="164" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="136" />
      <source>This database has no accounts yet. Create the administrator who will add the officers' accounts. Administrators manage accounts and the database; they do not work on cases.</source>
      <translation>此数据库尚无账户。请创建管理员，由其添加签证官账户。管理员负责管理账户和数据库，不办理案件。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="153" />
      <source>Username</source>
      <translation>用户名</translation>
    </message>
  </context>
  <context>
    <name>IdleLock</name>
    <message>
      <location filename="../../kvisa_desk/ui/idle_lock.py" line="49" />
      <source>KVisa Desk is locked</source>
      <translation>KVisa Desk 已锁定</translation>
    </message>
  </context>
  <context>
    <name>InstitutionDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="58" />
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="46" />
      <source>&amp;Country:</source>
      <translation>国家(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="45" />
      <source>&amp;Name:</source>
      <translation>名称(&amp;N)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="48" />
      <source>&amp;Tier:</source>
      <translation>等级(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="31" />
      <source>Add a research institution</source>
      <translation>添加科研机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="47" />
      <source>Web &amp;domains:</source>
      <translation>网站域名(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="37" />
      <source>e.g. DE or DEU</source>
      <translation>例如 DE 或 DEU</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/institution_dialog.py" line="40" />
      <source>e.g. mpg.de, mpq.mpg.de</source>
      <translation>例如 mpg.de, mpq.mpg.de</translation>
    </message>
  </context>
  <context>
    <name>KVisaDesk</name>
    <message>
      <location filename="../../kvisa_desk/ui/app.py" line="130" />
      <source>Database upgraded; the previous copy is at {path}</source>
      <translation>数据库已升级；升级前的副本位于 {path}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/app.py" line="111" />
      <source>KVisa Desk cannot open the database</source>
      <translation>KVisa Desk 无法打开数据库</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/app.py" line="116" />
      <source>The database could not be opened:
{error}

Check --db or --db-url.</source>
      <translation>无法打开数据库：
{error}

请检查 --db 或 --db-url。</translation>
    </message>
  </context>
  <context>
    <name>LanguageDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/language_dialog.py" line="29" />
      <source>KVisa Desk shows the new language the next time it starts.</source>
      <translation>KVisa Desk 将在下次启动时使用新语言。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/language_dialog.py" line="22" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="125" />
      <source>&amp;About KVisa Desk</source>
      <translation>关于 KVisa Desk(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="74" />
      <source>&amp;Checks</source>
      <translation>核查(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="89" />
      <source>&amp;Columns</source>
      <translation>列(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="38" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="120" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="122" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="106" />
      <source>&amp;Language…</source>
      <translation>语言(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="54" />
      <source>&amp;Next case</source>
      <translation>下一个案件(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="52" />
      <source>&amp;Open case</source>
      <translation>打开案件(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="113" />
      <source>&amp;Post settings…</source>
      <translation>驻外机构设置(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="56" />
      <source>&amp;Previous case</source>
      <translation>上一个案件(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="97" />
      <source>&amp;Queues</source>
      <translation>队列(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="43" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="41" />
      <source>&amp;Refresh</source>
      <translation>刷新(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="75" />
      <source>&amp;Run checks</source>
      <translation>运行核查(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="59" />
      <source>&amp;Search</source>
      <translation>搜索(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="81" />
      <source>&amp;Stop checking</source>
      <translation>停止核查(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="64" />
      <source>&amp;Unassign selected</source>
      <translation>取消分配所选案件(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="88" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="221" />
      <source>; {count} finished cases left as they were</source>
      <translation>；{count} 个已办结案件保持不变</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="112" />
      <source>A&amp;dministration</source>
      <translation>管理(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_dialogs.py" line="57" />
      <source>About KVisa Desk</source>
      <translation>关于 KVisa Desk</translation>
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
      <translation>将所选案件分配给我(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="226" />
      <source>Assigning {count} cases…</source>
      <translation>正在分配 {count} 个案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="51" />
      <source>C&amp;ase</source>
      <translation>案件(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="160" />
      <source>Case not found</source>
      <translation>未找到案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="79" />
      <source>Check &amp;all cases</source>
      <translation>核查全部案件(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="77" />
      <source>Check the selected cases against the rules</source>
      <translation>按规则核查所选案件</translation>
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
      <translation>数据库：{location}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="115" />
      <source>Institution &amp;registry…</source>
      <translation>机构名录(&amp;R)…</translation>
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

供办理中国K字签证的领事官员使用的案件管理系统。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_menus.py" line="39" />
      <source>Load &amp;demo cases…</source>
      <translation>加载演示案件(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="194" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="194" />
      <source>Save search</source>
      <translation>保存搜索</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="260" />
      <source>Working…</source>
      <translation>处理中…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="219" />
      <source>{count} cases assigned</source>
      <translation>已分配 {count} 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/main_window.py" line="237" />
      <source>{imported} demo cases added ({unchanged} already there)</source>
      <translation>已添加 {imported} 个演示案件（{unchanged} 个已存在）</translation>
    </message>
  </context>
  <context>
    <name>NotesTab</name>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="56" />
      <source>&amp;Add note</source>
      <translation>添加备注(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="48" />
      <source>A new note (Ctrl+Enter adds it). Notes cannot be changed afterwards: a correction is a new note.</source>
      <translation>新备注（按 Ctrl+Enter 添加）。备注添加后不可更改：更正请另写一条新备注。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="93" />
      <source>Adding the note…</source>
      <translation>正在添加备注…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="46" />
      <source>New note</source>
      <translation>新建备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="39" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="42" />
      <source>Notes</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="39" />
      <source>Officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="105" />
      <source>The note was not added: {reason}</source>
      <translation>备注未添加：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/notes_tab.py" line="39" />
      <source>Written</source>
      <translation>撰写时间</translation>
    </message>
  </context>
  <context>
    <name>Outcome</name>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="159" />
      <source>Degree {n}</source>
      <translation>学位 {n}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="137" />
      <source>Fail</source>
      <translation>不通过</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="145" />
      <source>Not checked</source>
      <translation>未核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="135" />
      <source>Pass</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="161" />
      <source>Post {n}</source>
      <translation>任职 {n}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="136" />
      <source>Review</source>
      <translation>待审查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/labels.py" line="153" />
      <source>Whole case</source>
      <translation>整个案件</translation>
    </message>
  </context>
  <context>
    <name>OverrideDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="90" />
      <source>&amp;Override</source>
      <translation>改判(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="78" />
      <source>&amp;Reason:</source>
      <translation>理由(&amp;R)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="52" />
      <source>About:</source>
      <translation>对象：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="54" />
      <source>Finding:</source>
      <translation>结论：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="53" />
      <source>Now:</source>
      <translation>当前：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="49" />
      <source>Override a result – {case}</source>
      <translation>改判核查结果 – {case}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="72" />
      <source>Reason for the override</source>
      <translation>改判理由</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="51" />
      <source>Rule:</source>
      <translation>规则：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="68" />
      <source>Treat as:</source>
      <translation>改判为：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/override_dialog.py" line="74" />
      <source>Why this result should count as the outcome chosen (required)</source>
      <translation>为何应将此结果视为所选结论（必填）</translation>
    </message>
  </context>
  <context>
    <name>PostSettingsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="66" />
      <source>&amp;Post:</source>
      <translation>驻外机构(&amp;P)：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="136" />
      <source>Back to {value}</source>
      <translation>恢复为 {value}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="135" />
      <source>Default</source>
      <translation>默认值</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="209" />
      <source>Not saved: {reason}</source>
      <translation>未保存：{reason}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="71" />
      <source>Pages</source>
      <translation>页面</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="63" />
      <source>Post</source>
      <translation>驻外机构</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="56" />
      <source>Post settings</source>
      <translation>驻外机构设置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="194" />
      <source>Saving the post settings…</source>
      <translation>正在保存驻外机构设置…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="127" />
      <source>The published sources do not settle this value.</source>
      <translation>公开资料未明确此值。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="167" />
      <source>Version 0: the rule pack's defaults, never changed at this post</source>
      <translation>版本 0：规则包默认值，本馆从未修改</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="169" />
      <source>Version {version}</source>
      <translation>版本 {version}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_dialog.py" line="126" />
      <source>{name}  [ASSUMPTION]</source>
      <translation>{name}  [假设]</translation>
    </message>
  </context>
  <context>
    <name>QueuesPanel</name>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="36" />
      <source>All cases</source>
      <translation>全部案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="32" />
      <source>Awaiting documents</source>
      <translation>待补材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="34" />
      <source>Awaiting sign-off</source>
      <translation>待复核签批</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="35" />
      <source>Decided</source>
      <translation>已决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="30" />
      <source>My cases</source>
      <translation>我的案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="52" />
      <source>Queues</source>
      <translation>队列</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="33" />
      <source>Ready for decision</source>
      <translation>待决定</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="64" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="62" />
      <source>Save search…</source>
      <translation>保存搜索…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="59" />
      <source>Saved searches</source>
      <translation>已保存的搜索</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/queues_panel.py" line="31" />
      <source>Unassigned</source>
      <translation>未分配</translation>
    </message>
  </context>
  <context>
    <name>ReadOnlyForm</name>
    <message>
      <location filename="../../kvisa_desk/ui/case_form.py" line="76" />
      <source>not given</source>
      <translation>未填写</translation>
    </message>
  </context>
  <context>
    <name>Registry</name>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="32" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="120" />
      <source>First entry</source>
      <translation>第一条</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="34" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="41" />
      <source>Listed</source>
      <translation>已收录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="31" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="37" />
      <source>No.</source>
      <translation>编号</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="42" />
      <source>Recognised</source>
      <translation>公认</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="121" />
      <source>Second entry</source>
      <translation>第二条</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="36" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="33" />
      <source>Tier</source>
      <translation>等级</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="40" />
      <source>Unlisted</source>
      <translation>未收录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_model.py" line="35" />
      <source>Web domains</source>
      <translation>网站域名</translation>
    </message>
  </context>
  <context>
    <name>RegistryEditor</name>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="88" />
      <source>&amp;Add research institution…</source>
      <translation>添加科研机构(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="106" />
      <source>&amp;Entries</source>
      <translation>条目(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="94" />
      <source>&amp;Merge second into first</source>
      <translation>将第二条并入第一条(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="272" />
      <source>Changing the registry…</source>
      <translation>正在修改机构名录…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="75" />
      <source>Country</source>
      <translation>国家</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="107" />
      <source>D&amp;uplicates</source>
      <translation>重复条目(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="186" />
      <source>D&amp;uplicates (looking…)</source>
      <translation>重复条目(&amp;U)（查找中…）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="182" />
      <source>D&amp;uplicates ({count})</source>
      <translation>重复条目(&amp;U)（{count}）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="64" />
      <source>Institution registry</source>
      <translation>机构名录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="187" />
      <source>Looking for duplicate names…</source>
      <translation>正在查找重复名称…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="96" />
      <source>Merge first into &amp;second</source>
      <translation>将第一条并入第二条(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="220" />
      <source>No. {dup} merged into No. {keep} ({name}).</source>
      <translation>编号 {dup} 已并入编号 {keep}（{name}）。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="86" />
      <source>Raise to &amp;recognised</source>
      <translation>提升为“公认”(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="69" />
      <source>Search names, e.g. Lagos</source>
      <translation>搜索名称，例如 Lagos</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="71" />
      <source>Search the registry</source>
      <translation>搜索机构名录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="138" />
      <source>These entries share one name in one country, so an application naming that institution matches both and stays in review. Merge each pair into the entry to keep; the other stops matching and its web domains join the kept entry.</source>
      <translation>以下条目在同一国家中名称相同，提及该机构的申请会同时匹配两者而一直处于待审查状态。请将每对条目并入要保留的一条；另一条将不再参与匹配，其网站域名并入保留的条目。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="236" />
      <source>{name} added.</source>
      <translation>已添加 {name}。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/registry_editor.py" line="211" />
      <source>{name} is now recognised.</source>
      <translation>{name} 现为“公认”等级。</translation>
    </message>
  </context>
  <context>
    <name>SettingsOptions</name>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="129" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="168" />
      <source>comma-separated, e.g. {example}</source>
      <translation>以逗号分隔，例如 {example}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="34" />
      <source>no</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="34" />
      <source>yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="61" />
      <source>{description}
Default: {default}</source>
      <translation>{description}
默认值：{default}</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_options.py" line="201" />
      <source>{value} (fixed by the rule pack)</source>
      <translation>{value}（由规则包固定）</translation>
    </message>
  </context>
  <context>
    <name>SettingsPages</name>
    <message>
      <location filename="../../kvisa_desk/ui/settings_pages.py" line="82" />
      <source>How this post works: targets, limits and sign-off.</source>
      <translation>本馆工作方式：时限目标、限制与复核签批。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_pages.py" line="73" />
      <source>Rule parameters</source>
      <translation>规则参数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_pages.py" line="74" />
      <source>Values the rules of pack {pack} use at this post. Those marked ASSUMPTION are readings the published sources do not settle; change them only on instruction.</source>
      <translation>规则包 {pack} 在本馆使用的参数值。标为“假设”的参数是公开资料未明确的理解，仅在接到指示时修改。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/settings_pages.py" line="81" />
      <source>Working settings</source>
      <translation>工作设置</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="36" />
      <source>Action</source>
      <translation>操作</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="31" />
      <source>Add the note being written</source>
      <translation>添加正在编写的备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="32" />
      <source>Anywhere</source>
      <translation>任意位置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="66" />
      <source>Attach document</source>
      <translation>附加材料</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="29" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="34" />
      <source>Close the case window</source>
      <translation>关闭案件窗口</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="26" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="36" />
      <source>Keys</source>
      <translation>按键</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="32" />
      <source>Move between fields</source>
      <translation>在字段之间移动</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="65" />
      <source>New note</source>
      <translation>新建备注</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="67" />
      <source>Next case</source>
      <translation>下一个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="33" />
      <source>Open the selected case</source>
      <translation>打开所选案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="68" />
      <source>Previous case</source>
      <translation>上一个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="63" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="64" />
      <source>Run checks</source>
      <translation>运行核查</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="61" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="62" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="36" />
      <source>Where</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/shortcuts_dialog.py" line="28" />
      <source>Worklist</source>
      <translation>工作清单</translation>
    </message>
  </context>
  <context>
    <name>SignIn</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="181" />
      <source>Demo accounts</source>
      <translation>演示账户</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="186" />
      <source>Demo accounts were created. Note the passwords: they are shown only this once.

{accounts}</source>
      <translation>已创建演示账户。请记下密码：密码仅显示这一次。

{accounts}</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="94" />
      <source>&amp;Password</source>
      <translation>密码(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="93" />
      <source>&amp;Username</source>
      <translation>用户名(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="58" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="92" />
      <source>Password</source>
      <translation>密码</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="95" />
      <source>Sign in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="84" />
      <source>Sign in to KVisa Desk</source>
      <translation>登录 KVisa Desk</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="85" />
      <source>Sign in with your KVisa Desk account.</source>
      <translation>请使用您的 KVisa Desk 账户登录。</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="91" />
      <source>Username</source>
      <translation>用户名</translation>
    </message>
  </context>
  <context>
    <name>WorkflowBar</name>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="33" />
      <source>&amp;Move to</source>
      <translation>转至(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="40" />
      <source>Assi&amp;gn</source>
      <translation>分配(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="70" />
      <source>Assign to me</source>
      <translation>分配给我</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="105" />
      <source>Assigning the case…</source>
      <translation>正在分配案件…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="91" />
      <source>Moving the case to {status}…</source>
      <translation>正在将案件转至“{status}”…</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="65" />
      <source>No further step: the case is closed</source>
      <translation>无后续步骤：案件已结案</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="77" />
      <source>Nobody (unassign)</source>
      <translation>无人（取消分配）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/workflow_bar.py" line="45" />
      <source>Workflow:</source>
      <translation>流程：</translation>
    </message>
  </context>
  <context>
    <name>WorklistFilters</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="73" />
      <source>Any nationality</source>
      <translation>任意国籍</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="82" />
      <source>Any officer</source>
      <translation>任意签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="77" />
      <source>Any outcome</source>
      <translation>任意结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="69" />
      <source>Any status</source>
      <translation>任意状态</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="91" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="92" />
      <source>Clear the search and every filter</source>
      <translation>清除搜索和全部筛选条件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="81" />
      <source>Filter by assigned officer</source>
      <translation>按经办签证官筛选</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="76" />
      <source>Filter by check outcome</source>
      <translation>按核查结果筛选</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="72" />
      <source>Filter by nationality</source>
      <translation>按国籍筛选</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="68" />
      <source>Filter by status</source>
      <translation>按状态筛选</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="88" />
      <source>Received from</source>
      <translation>受理起始日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="89" />
      <source>Received until</source>
      <translation>受理截止日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="102" />
      <source>Received:</source>
      <translation>受理日期：</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="57" />
      <source>Search cases</source>
      <translation>搜索案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="59" />
      <source>Search: case or application id, name in any script, passport, e-mail (Ctrl+F)</source>
      <translation>搜索：案件号或申请号、任意文字的姓名、护照、电子邮箱（Ctrl+F）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_filters.py" line="130" />
      <source>any</source>
      <translation>不限</translation>
    </message>
  </context>
  <context>
    <name>WorklistModel</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="36" />
      <source>A (degree)</source>
      <translation>A（学位）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="38" />
      <source>A and B</source>
      <translation>A 和 B</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="92" />
      <source>Age</source>
      <translation>年龄</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="74" />
      <source>Applicant</source>
      <translation>申请人</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="37" />
      <source>B (post)</source>
      <translation>B（任职）</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="71" />
      <source>Case</source>
      <translation>案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="112" />
      <source>Check outcome</source>
      <translation>核查结果</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="124" />
      <source>Days open</source>
      <translation>已办理天数</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="86" />
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="80" />
      <source>Native name</source>
      <translation>本国文字姓名</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="39" />
      <source>None met</source>
      <translation>均未满足</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="131" />
      <source>Officer</source>
      <translation>签证官</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="118" />
      <source>Received</source>
      <translation>受理日期</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="99" />
      <source>Route</source>
      <translation>路径</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_columns.py" line="106" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
  </context>
  <context>
    <name>WorklistPanel</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_panel.py" line="144" />
      <source>{count} cases</source>
      <translation>{count} 个案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_panel.py" line="150" />
      <source>{count} matching cases</source>
      <translation>{count} 个匹配案件</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_panel.py" line="146" />
      <source>{count} matching cases shown: the best {limit}. Type more to narrow the search.</source>
      <translation>显示 {count} 个匹配案件：最相关的 {limit} 个。继续输入可缩小范围。</translation>
    </message>
  </context>
  <context>
    <name>WorklistView</name>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_view.py" line="132" />
      <source>Reset columns</source>
      <translation>重置列</translation>
    </message>
    <message>
      <location filename="../../kvisa_desk/ui/worklist_view.py" line="35" />
      <source>Worklist</source>
      <translation>工作清单</translation>
    </message>
  </context>
  <context>
    <name>_FormDialog</name>
    <message>
      <location filename="../../kvisa_desk/ui/sign_in.py" line="58" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
  </context>
</TS>
