<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Keel::ArchiveRule</name>
    <message>
        <location filename="../core/model/archiverule.cpp" line="86"/>
        <source>Project “%1” is closed and archived, so it is read-only. Reopen it to make changes.</source>
        <translation>项目“%1”已收尾并归档，因此为只读。请重新打开项目以进行更改。</translation>
    </message>
</context>
<context>
    <name>Keel::AuditExport</name>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="40"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="40"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="40"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="40"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="40"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="40"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="40"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="41"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../core/audit/auditexport.cpp" line="59"/>
        <location filename="../core/audit/auditexport.cpp" line="65"/>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Keel::AuditField</name>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="28"/>
        <source>Acceptance</source>
        <translation>验收状态</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="29"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="30"/>
        <source>Actual finish</source>
        <translation>实际完成时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="31"/>
        <source>Actual start</source>
        <translation>实际开始时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="32"/>
        <source>Actual work</source>
        <translation>实际工时</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="33"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="34"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="35"/>
        <source>Approval</source>
        <translation>审批状态</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="36"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="37"/>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="38"/>
        <source>Base calendar</source>
        <translation>基准日历</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="39"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="40"/>
        <source>Billable</source>
        <translation>可计费</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="41"/>
        <source>Billing model</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="42"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="43"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="44"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="45"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="46"/>
        <source>Visible to client</source>
        <translation>客户可见</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="47"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="48"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="49"/>
        <source>Constraint date</source>
        <translation>限制日期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="50"/>
        <source>Constraint type</source>
        <translation>限制类型</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="51"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="52"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="53"/>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="54"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="55"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="56"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="57"/>
        <source>Current version</source>
        <translation>当前版本</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="58"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="59"/>
        <source>Days per month</source>
        <translation>每月天数</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="60"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="61"/>
        <source>Default calendar</source>
        <translation>默认日历</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="62"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="63"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="64"/>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="65"/>
        <source>Duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="66"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="67"/>
        <source>Elapsed duration</source>
        <translation>日历工期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="68"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="69"/>
        <source>Exceptions</source>
        <translation>例外日期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="70"/>
        <source>Filled by</source>
        <translation>由谁满足</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="71"/>
        <source>Finish</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="72"/>
        <source>Fixed cost</source>
        <translation>固定成本</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="73"/>
        <source>From currency</source>
        <translation>源币种</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="74"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="75"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="76"/>
        <source>In scope</source>
        <translation>在范围内</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="77"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="78"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="79"/>
        <source>Lag</source>
        <translation>延隔时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="80"/>
        <source>Lag unit</source>
        <translation>延隔单位</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="81"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="82"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="83"/>
        <source>Leveling delay</source>
        <translation>调配延迟</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="84"/>
        <source>Manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="85"/>
        <source>Maximum units</source>
        <translation>最大单位</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="86"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="87"/>
        <source>File type</source>
        <translation>文件类型</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="88"/>
        <source>Minimum level</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="89"/>
        <source>Hours</source>
        <translation>小时数</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="90"/>
        <source>Hours per day</source>
        <translation>每日工时</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="91"/>
        <source>Hours per week</source>
        <translation>每周工时</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="92"/>
        <source>Mitigation</source>
        <translation>应对措施</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="93"/>
        <source>Most likely duration</source>
        <translation>最可能工期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="94"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="95"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="96"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="97"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="98"/>
        <source>Optimistic duration</source>
        <translation>乐观工期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="99"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="100"/>
        <source>Summary task</source>
        <translation>摘要任务</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="101"/>
        <source>Participants</source>
        <translation>参与人</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="102"/>
        <source>% complete</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="103"/>
        <source>Pessimistic duration</source>
        <translation>悲观工期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="104"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="105"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="106"/>
        <source>Portal access</source>
        <translation>门户访问</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="107"/>
        <source>Predecessor</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="108"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="109"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="110"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="111"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="112"/>
        <source>Rates</source>
        <translation>费率</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="113"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="114"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="115"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="116"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="117"/>
        <source>Responded</source>
        <translation>已响应</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="118"/>
        <source>Retainer per month</source>
        <translation>每月预付费</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="119"/>
        <source>Review comment</source>
        <translation>审核意见</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="120"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="121"/>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="122"/>
        <source>Schedule from</source>
        <translation>排定自</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="123"/>
        <source>Scheduling</source>
        <translation>计划模式</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="124"/>
        <source>Scope statement</source>
        <translation>范围说明书</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="125"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="126"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="127"/>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="128"/>
        <source>Source id</source>
        <translation>来源标识</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="129"/>
        <source>Start</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="130"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="131"/>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="132"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="133"/>
        <source>Successor</source>
        <translation>后续任务</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="134"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="135"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="136"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="137"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="138"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="139"/>
        <source>To currency</source>
        <translation>目标币种</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="140"/>
        <source>Link type</source>
        <translation>链接类型</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="141"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="142"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="143"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="144"/>
        <source>Working week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="145"/>
        <source>Work</source>
        <translation>工时</translation>
    </message>
</context>
<context>
    <name>Keel::AuditFormatter</name>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="328"/>
        <source>%1 on %2</source>
        <translation>%1 在 %2</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="330"/>
        <location filename="../core/audit/auditformatter.cpp" line="345"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="332"/>
        <location filename="../core/audit/auditformatter.cpp" line="334"/>
        <location filename="../core/audit/auditformatter.cpp" line="339"/>
        <location filename="../core/audit/auditformatter.cpp" line="343"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="336"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="341"/>
        <source>%1, version %2</source>
        <translation>%1，版本 %2</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="388"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="388"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="392"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="400"/>
        <location filename="../core/audit/auditformatter.cpp" line="408"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="413"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="423"/>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="455"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="455"/>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Keel::AuditTrailView</name>
    <message>
        <location filename="../ui/audittrailview.cpp" line="46"/>
        <source>Any date</source>
        <translation>任意日期</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="68"/>
        <source>Load More</source>
        <translation>加载更多</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="72"/>
        <source>Audit Trail</source>
        <translation>审计跟踪</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="75"/>
        <source>History of %1 “%2”</source>
        <translation>%1“%2”的历史记录</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="79"/>
        <source>All records</source>
        <translation>所有记录</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="87"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="90"/>
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="93"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="97"/>
        <source>From date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="98"/>
        <source>To date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="100"/>
        <source>Search records, fields, values, actions…</source>
        <translation>搜索记录、字段、值、操作…</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="102"/>
        <source>Search the audit trail</source>
        <translation>搜索审计跟踪</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="114"/>
        <source>&amp;Record type:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="117"/>
        <source>&amp;Who:</source>
        <translation>操作人(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="118"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="119"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="135"/>
        <source>No changes match the filter.</source>
        <translation>没有符合筛选条件的更改。</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="136"/>
        <source>Audit trail</source>
        <translation>审计跟踪</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="148"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittrailview.cpp" line="216"/>
        <source>The latest %n change(s) shown; scroll or load more for older ones.</source>
        <translation>
            <numerusform>已显示最近 %n 条更改；滚动或加载更多以查看更早的更改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittrailview.cpp" line="217"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>共 %n 条更改。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="227"/>
        <location filename="../ui/audittrailview.cpp" line="234"/>
        <source>Export Audit Trail</source>
        <translation>导出审计跟踪</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="228"/>
        <source>audit-trail.csv</source>
        <translation>审计跟踪.csv</translation>
    </message>
    <message>
        <location filename="../ui/audittrailview.cpp" line="229"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>Keel::AuditValue</name>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="150"/>
        <source>Initiation</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="151"/>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="152"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="153"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="154"/>
        <source>Closing</source>
        <translation>收尾</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="155"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="156"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="157"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="158"/>
        <source>Off track</source>
        <translation>偏离</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="159"/>
        <source>Project start</source>
        <translation>项目开始日期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="160"/>
        <source>Project finish</source>
        <translation>项目完成日期</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="161"/>
        <source>Fixed fee</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="162"/>
        <source>Time and materials</source>
        <translation>工时和材料</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="163"/>
        <source>Retainer</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="164"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="165"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="166"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="167"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="168"/>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="169"/>
        <source>Auto scheduled</source>
        <translation>自动计划</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="170"/>
        <source>Manually scheduled</source>
        <translation>手动计划</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="171"/>
        <source>As soon as possible</source>
        <translation>越早越好</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="172"/>
        <source>As late as possible</source>
        <translation>越晚越好</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="173"/>
        <source>Start no earlier than</source>
        <translation>不得早于...开始</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="174"/>
        <source>Start no later than</source>
        <translation>不得晚于...开始</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="175"/>
        <source>Finish no earlier than</source>
        <translation>不得早于...完成</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="176"/>
        <source>Finish no later than</source>
        <translation>不得晚于...完成</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="177"/>
        <source>Must start on</source>
        <translation>必须开始于</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="178"/>
        <source>Must finish on</source>
        <translation>必须完成于</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="179"/>
        <source>Finish-to-start</source>
        <translation>完成-开始</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="180"/>
        <source>Start-to-start</source>
        <translation>开始-开始</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="181"/>
        <source>Finish-to-finish</source>
        <translation>完成-完成</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="182"/>
        <source>Start-to-finish</source>
        <translation>开始-完成</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="183"/>
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="184"/>
        <source>Elapsed time</source>
        <translation>日历时间</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="185"/>
        <source>Percent of predecessor</source>
        <translation>前置任务的百分比</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="186"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="187"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="188"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="189"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="190"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="191"/>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="192"/>
        <source>Mitigating</source>
        <translation>缓解中</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="193"/>
        <source>Occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="194"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="195"/>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="196"/>
        <source>Issue</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="197"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="198"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="199"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="200"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="201"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="202"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="203"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="204"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="205"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="206"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="207"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="208"/>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
    <message>
        <location filename="../core/audit/auditformatter.cpp" line="209"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Keel::BaselineDialog</name>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="25"/>
        <source>The whole project</source>
        <translation>整个项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/baselinedialog.cpp" line="26"/>
        <source>Only the %n selected task(s)</source>
        <translation>
            <numerusform>仅所选的 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="29"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="31"/>
        <source>Baseline (0)</source>
        <translation>基线（0）</translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="32"/>
        <source>Baseline </source>
        <translation>基线 </translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="38"/>
        <source>&amp;Number:</source>
        <translation>编号(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="39"/>
        <source>Save for:</source>
        <translation>保存范围：</translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="44"/>
        <source>&amp;Save Baseline</source>
        <translation>保存基线(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="45"/>
        <source>C&amp;lear Baseline</source>
        <translation>清除基线(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="68"/>
        <source>Saved on %1; saving again replaces it.</source>
        <translation>已于 %1 保存；再次保存将替换它。</translation>
    </message>
    <message>
        <location filename="../ui/baselinedialog.cpp" line="69"/>
        <source>Not saved yet.</source>
        <translation>尚未保存。</translation>
    </message>
</context>
<context>
    <name>Keel::CalendarDialog</name>
    <message>
        <location filename="../ui/calendardialog.cpp" line="100"/>
        <source>Every day from the start to the end</source>
        <translation>从开始到结束的每一天</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="102"/>
        <location filename="../ui/calendardialog.cpp" line="140"/>
        <source>Daily</source>
        <translation>每天</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="104"/>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="106"/>
        <source>Monthly, on a day of the month</source>
        <translation>每月，按日期</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="108"/>
        <source>Monthly, on a weekday</source>
        <translation>每月，按星期</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="110"/>
        <source>Yearly, on a date</source>
        <translation>每年，按日期</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="112"/>
        <source>Yearly, on a weekday of a month</source>
        <translation>每年，按某月的星期</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="121"/>
        <source>First</source>
        <translation>第一</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="123"/>
        <source>Second</source>
        <translation>第二</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="125"/>
        <source>Third</source>
        <translation>第三</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="127"/>
        <source>Fourth</source>
        <translation>第四</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="129"/>
        <source>Last</source>
        <translation>最后一</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="138"/>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="140"/>
        <source>Every %1 days</source>
        <translation>每 %1 天</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="147"/>
        <source>Every %1 weeks on %2</source>
        <translation>每 %1 周的%2</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="148"/>
        <source>Weekly on %1</source>
        <translation>每周的%1</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="151"/>
        <source>Monthly on day %1</source>
        <translation>每月 %1 日</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="153"/>
        <source>Monthly on the %1 %2</source>
        <translation>每月%1个%2</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="155"/>
        <source>Yearly on %1</source>
        <translation>每年%1</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="158"/>
        <source>d MMMM</source>
        <comment>the date format of a yearly exception</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="160"/>
        <source>Yearly on the %1 %2 of %3</source>
        <translation>每年%3的%1个%2</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="180"/>
        <source>&amp;Working time on these days</source>
        <translation>这些天为工作时间(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="193"/>
        <location filename="../ui/calendardialog.cpp" line="983"/>
        <source>Calendars</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="197"/>
        <source>The workspace's calendars; projects, tasks and resources work by one of them</source>
        <translation>工作区的日历；项目、任务和资源按其中之一安排工作</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="198"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="199"/>
        <source>A new calendar with the standard week: Monday to Friday, 08:00–12:00 and 13:00–17:00</source>
        <translation>新建一个标准工作周的日历：周一至周五，08:00–12:00 和 13:00–17:00</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="200"/>
        <source>&amp;Public Holidays…</source>
        <translation>法定节假日(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="201"/>
        <source>A new calendar with a country's public holidays (and, for mainland China, the make-up working days) for the years the catalogue holds</source>
        <translation>新建一个包含某国家或地区法定节假日（中国大陆还包括调休上班日）的日历，涵盖目录中的各年份</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="206"/>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="213"/>
        <source>C&amp;opy…</source>
        <translation>复制(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="214"/>
        <source>Rena&amp;me…</source>
        <translation>重命名(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="215"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="218"/>
        <source>Name of the calendar:</source>
        <translation>日历名称：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="218"/>
        <location filename="../ui/calendardialog.cpp" line="1001"/>
        <source>New Calendar</source>
        <translation>新建日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="219"/>
        <source>New calendar</source>
        <translation>新日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="228"/>
        <location filename="../ui/calendardialog.cpp" line="1023"/>
        <source>Copy Calendar</source>
        <translation>复制日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="228"/>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="229"/>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="238"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="238"/>
        <location filename="../ui/calendardialog.cpp" line="1033"/>
        <source>Rename Calendar</source>
        <translation>重命名日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="258"/>
        <source>&amp;Calendars:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="271"/>
        <source>Weekdays set to “As the base calendar” and the base calendar's exceptions come from it</source>
        <translation>设为“同基准日历”的工作日以及基准日历的例外日期均取自该日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="276"/>
        <source>Working week</source>
        <translation>工作周</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="280"/>
        <location filename="../ui/calendardialog.cpp" line="432"/>
        <source>Working</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="281"/>
        <location filename="../ui/calendardialog.cpp" line="432"/>
        <source>Non-working</source>
        <translation>非工作</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="282"/>
        <source>As the base calendar</source>
        <translation>同基准日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="284"/>
        <source>Working hours of the day: intervals such as 09:00–12:00, 13:00–18:00</source>
        <translation>当天的工作时间：时段如 09:00–12:00, 13:00–18:00</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="285"/>
        <source>%1:</source>
        <comment>a weekday's label</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="306"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="306"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="306"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="306"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="306"/>
        <source>Working time</source>
        <translation>工作时间</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="316"/>
        <source>Days that differ from the working week; a later exception wins over an earlier one</source>
        <translation>与工作周不同的日期；后面的例外优先于前面的例外</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="321"/>
        <source>&amp;Add Exception</source>
        <translation>添加例外(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="322"/>
        <source>Remo&amp;ve Exception</source>
        <translation>删除例外(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="332"/>
        <source>Working hours of these days: intervals such as 09:00–12:00, 13:00–18:00</source>
        <translation>这些天的工作时间：时段如 09:00–12:00, 13:00–18:00</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="339"/>
        <source>Until the end date</source>
        <translation>直到结束日期</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="340"/>
        <source>Stop after this many times, or repeat until the end date</source>
        <translation>重复这么多次后停止，或一直重复到结束日期</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="391"/>
        <source>N&amp;ame:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="392"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="393"/>
        <source>&amp;To:</source>
        <translation>至(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="395"/>
        <source>&amp;Hours:</source>
        <translation>工作时间(&amp;H)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="396"/>
        <source>&amp;Repeats:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="397"/>
        <source>&amp;Every:</source>
        <translation>间隔(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="398"/>
        <source>On:</source>
        <translation>于：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="399"/>
        <source>&amp;Week:</source>
        <translation>周次(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="400"/>
        <source>Wee&amp;kday:</source>
        <translation>星期(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="401"/>
        <source>Mo&amp;nth:</source>
        <translation>月份(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="402"/>
        <source>Da&amp;y:</source>
        <translation>日(&amp;Y)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="403"/>
        <source>Times:</source>
        <translation>次数：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="405"/>
        <source>Exceptions</source>
        <translation>例外日期</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="433"/>
        <source>Exception, not working</source>
        <translation>例外，非工作</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="433"/>
        <source>Exception, working</source>
        <translation>例外，工作</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="435"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="443"/>
        <source>&amp;Base calendar:</source>
        <translation>基准日历(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="466"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="468"/>
        <source>Save the calendar's changes as one step that Undo takes back (Ctrl+S)</source>
        <translation>将日历的更改保存为一个可撤销的步骤 (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="469"/>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="544"/>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="548"/>
        <source>The own calendar of %1</source>
        <translation>%1 的个人日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="570"/>
        <source>None (the standard week)</source>
        <translation>无（标准工作周）</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="629"/>
        <source>Not working</source>
        <translation>非工作</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="681"/>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="684"/>
        <source> week(s)</source>
        <translation> 周</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="688"/>
        <source> month(s)</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="691"/>
        <source> year(s)</source>
        <translation> 年</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="732"/>
        <source>New exception</source>
        <translation>新例外</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="793"/>
        <location filename="../ui/calendardialog.cpp" line="822"/>
        <location filename="../ui/calendardialog.cpp" line="965"/>
        <source>Save Calendar</source>
        <translation>保存日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="794"/>
        <source>%1: give the working hours, such as 09:00–12:00, 13:00–18:00, or make it a non-working day.</source>
        <translation>%1：请填写工作时间，如 09:00–12:00, 13:00–18:00，或将其设为非工作日。</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="796"/>
        <source>%1: “%2” are not working hours; write them as 09:00–12:00, 13:00–18:00.</source>
        <translation>%1：“%2”不是有效的工作时间；请写成 09:00–12:00, 13:00–18:00 的形式。</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="823"/>
        <source>Exception “%1”: give its working hours, such as 09:00–12:00, or make it non-working.</source>
        <translation>例外“%1”：请填写其工作时间，如 09:00–12:00，或将其设为非工作。</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="825"/>
        <source>Exception “%1”: “%2” are not working hours; write them as 09:00–12:00, 13:00–18:00.</source>
        <translation>例外“%1”：“%2”不是有效的工作时间；请写成 09:00–12:00, 13:00–18:00 的形式。</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="897"/>
        <source>%1 (%2 h)</source>
        <translation>%1（%2 小时）</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="898"/>
        <source>not working</source>
        <translation>非工作</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="900"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="900"/>
        <source>exception</source>
        <translation>例外</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="901"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="984"/>
        <source>Save the changes to “%1”?</source>
        <translation>是否保存对“%1”的更改？</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="1011"/>
        <source>Public Holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="1043"/>
        <location filename="../ui/calendardialog.cpp" line="1046"/>
        <location filename="../ui/calendardialog.cpp" line="1054"/>
        <source>Delete Calendar</source>
        <translation>删除日历</translation>
    </message>
    <message>
        <location filename="../ui/calendardialog.cpp" line="1046"/>
        <source>Delete the calendar “%1”? Undo brings it back.</source>
        <translation>删除日历“%1”？可以通过撤销恢复。</translation>
    </message>
</context>
<context>
    <name>Keel::ClientModel</name>
    <message>
        <location filename="../ui/clientmodel.cpp" line="92"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/clientmodel.cpp" line="94"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/clientmodel.cpp" line="96"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../ui/clientmodel.cpp" line="98"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../ui/clientmodel.cpp" line="100"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>Keel::ClientText</name>
    <message>
        <location filename="../ui/clienttext.cpp" line="23"/>
        <source>Question</source>
        <translation>问题咨询</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="25"/>
        <source>Change request</source>
        <translation>变更请求</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="27"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="36"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="38"/>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="40"/>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="42"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="44"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="46"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="55"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="57"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="59"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="61"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="70"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="72"/>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="74"/>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="76"/>
        <source>Portal message</source>
        <translation>门户消息</translation>
    </message>
    <message>
        <location filename="../ui/clienttext.cpp" line="78"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>Keel::ClientsView</name>
    <message>
        <location filename="../ui/clientsview.cpp" line="43"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="52"/>
        <source>Search code, name or industry</source>
        <translation>搜索代码、名称或行业</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="60"/>
        <source>New Client…</source>
        <translation>新建客户…</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="61"/>
        <location filename="../ui/clientsview.cpp" line="213"/>
        <location filename="../ui/clientsview.cpp" line="219"/>
        <source>Delete Client</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="77"/>
        <source>No contacts yet.</source>
        <translation>还没有联系人。</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="86"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="87"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="88"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="89"/>
        <source>Add a contact person to the client</source>
        <translation>为客户添加联系人</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="166"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="166"/>
        <source>Contacts of %1</source>
        <translation>%1 的联系人</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="167"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="167"/>
        <source>Timeline of %1 across its projects</source>
        <translation>%1 在其所有项目中的时间线</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="185"/>
        <source>Name of the client:</source>
        <translation>客户名称：</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="185"/>
        <location filename="../ui/clientsview.cpp" line="192"/>
        <source>New Client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="214"/>
        <source>Delete “%1” and its contacts? Projects that belong to it must be moved or deleted first.</source>
        <translation>删除“%1”及其联系人？属于该客户的项目必须先移走或删除。</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="237"/>
        <source>Add Contact</source>
        <translation>添加联系人</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="252"/>
        <source>Edit Contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="260"/>
        <source>Delete Contact</source>
        <translation>删除联系人</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clientsview.cpp" line="265"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="270"/>
        <source>No clients yet.</source>
        <translation>还没有客户。</translation>
    </message>
</context>
<context>
    <name>Keel::ClosingDialog</name>
    <message>
        <location filename="../ui/closingdialog.cpp" line="45"/>
        <source>Archive the project now (it becomes read-only)</source>
        <translation>立即归档项目（归档后为只读）</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="48"/>
        <source>Close Project %1</source>
        <translation>收尾项目 %1</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="55"/>
        <source>Client sign-off</source>
        <translation>客户验收</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="57"/>
        <source>Signed off by %1. The sign-off is kept with the project's documents.</source>
        <translation>已由 %1 验收。验收记录与项目文档一起保存。</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="65"/>
        <source>Name and role of the client's representative</source>
        <translation>客户代表的姓名和职务</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="67"/>
        <source>The deliverables have been received and accepted as meeting the agreed scope.</source>
        <translation>可交付成果已接收，并确认符合约定的范围。</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="70"/>
        <source>Signed by</source>
        <translation>签署人</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="71"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="72"/>
        <source>Statement</source>
        <translation>声明</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="77"/>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/closingdialog.cpp" line="79"/>
        <source>%n lesson(s) already recorded. Add any others below.</source>
        <translation>
            <numerusform>已记录 %n 条经验教训。可在下方添加其他经验教训。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="80"/>
        <source>Record at least one: what went well, and what the next project should do differently.</source>
        <translation>至少记录一条：哪些方面做得好，以及下一个项目应做哪些改进。</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="85"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="85"/>
        <source>Lesson</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="85"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="92"/>
        <source>Add Lesson</source>
        <translation>添加经验教训</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="93"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="115"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="157"/>
        <source>Enter who signed off and at least one lesson learned.</source>
        <translation>请输入验收签署人，并至少填写一条经验教训。</translation>
    </message>
    <message>
        <location filename="../ui/closingdialog.cpp" line="163"/>
        <source>Record sign-off and lessons learned for %1</source>
        <translation>记录 %1 的验收和经验教训</translation>
    </message>
</context>
<context>
    <name>Keel::CommunicationDialog</name>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="25"/>
        <source>Edit Communication</source>
        <translation>编辑沟通记录</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="25"/>
        <source>Log Communication</source>
        <translation>登记沟通记录</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="31"/>
        <source>Who took part</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="33"/>
        <source>What was discussed and agreed</source>
        <translation>讨论和商定的内容</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="36"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="37"/>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="38"/>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="39"/>
        <source>&amp;Participants:</source>
        <translation>参与者(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/communicationdialog.cpp" line="40"/>
        <source>S&amp;ummary:</source>
        <translation>摘要(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>Keel::ContactChoice</name>
    <message>
        <location filename="../ui/contactchoice.cpp" line="16"/>
        <source>No contact</source>
        <translation>无联系人</translation>
    </message>
</context>
<context>
    <name>Keel::ContactDialog</name>
    <message>
        <location filename="../ui/contactdialog.cpp" line="19"/>
        <source>May sign in to the client portal</source>
        <translation>可以登录客户门户</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="21"/>
        <source>Edit Contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="21"/>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="23"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="26"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="27"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="28"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/contactdialog.cpp" line="29"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>Keel::ContactModel</name>
    <message>
        <location filename="../ui/contactmodel.cpp" line="42"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/contactmodel.cpp" line="62"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../ui/contactmodel.cpp" line="64"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/contactmodel.cpp" line="66"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../ui/contactmodel.cpp" line="68"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../ui/contactmodel.cpp" line="70"/>
        <source>Portal</source>
        <translation>门户</translation>
    </message>
</context>
<context>
    <name>Keel::CpmScheduler</name>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="145"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="205"/>
        <source>The schedule has no calendar; the Standard calendar was used.</source>
        <translation>进度计划没有日历；已使用“标准”日历。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="208"/>
        <source>The project calendar does not exist; the first calendar was used.</source>
        <translation>项目日历不存在；已使用第一个日历。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="226"/>
        <source>Task %1 uses a calendar that does not exist; the project calendar was used.</source>
        <translation>任务 %1 使用的日历不存在；已改用项目日历。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="231"/>
        <source>Task %1 has a parent that does not exist; it was placed at the top level.</source>
        <translation>任务 %1 的父任务不存在；已将其放在顶层。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="236"/>
        <source>Task %1 has a negative duration; zero was used.</source>
        <translation>任务 %1 的工期为负数；已按零处理。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="261"/>
        <source>Tasks %1 are each other's parents; task %2 was placed at the top level.</source>
        <translation>任务 %1 互为父任务；已将任务 %2 放在顶层。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="318"/>
        <source>Link %1 refers to a task that does not exist; it was ignored.</source>
        <translation>链接 %1 指向不存在的任务；已忽略该链接。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="814"/>
        <source>These tasks depend on each other in a loop: %1. The links closing the loop were ignored.</source>
        <translation>这些任务相互依赖，形成循环：%1。已忽略构成循环的链接。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="2060"/>
        <source>Task %1: its links and its constraint disagree by %2 working hours.</source>
        <translation>任务 %1：其链接与限制条件相差 %2 个工作小时。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="2064"/>
        <source>Manually scheduled task %1 starts %2 working hours before its predecessors allow.</source>
        <translation>手动计划的任务 %1 比其前置任务允许的时间早 %2 个工作小时开始。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="2070"/>
        <source>Task %1 finishes %2 working hours after its deadline.</source>
        <translation>任务 %1 比其截止日期晚 %2 个工作小时完成。</translation>
    </message>
</context>
<context>
    <name>Keel::CsvMapping</name>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="76"/>
        <source>not valid JSON at offset %1: %2</source>
        <translation>偏移量 %1 处不是有效的 JSON：%2</translation>
    </message>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="80"/>
        <source>a mapping is a JSON object such as {"name": "Task Name"}</source>
        <translation>映射应为 JSON 对象，例如 {"name": "Task Name"}</translation>
    </message>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="90"/>
        <source>"options" must be an object</source>
        <translation>“options”必须是一个对象</translation>
    </message>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="96"/>
        <source>option "%1" must be a string</source>
        <translation>选项“%1”必须是字符串</translation>
    </message>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="103"/>
        <source>the delimiter must be one character other than a quote or a line break</source>
        <translation>分隔符必须是单个字符，且不能是引号或换行符</translation>
    </message>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="112"/>
        <source>unknown option "%1" (expected delimiter, date_format or encoding)</source>
        <translation>未知选项“%1”（应为 delimiter、date_format 或 encoding）</translation>
    </message>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="123"/>
        <source>unknown field "%1"; the fields are: %2</source>
        <translation>未知字段“%1”；可用字段为：%2</translation>
    </message>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="127"/>
        <source>field "%1" must name a column header</source>
        <translation>字段“%1”必须指定一个列标题</translation>
    </message>
    <message>
        <location filename="../core/interop/csvmapping.cpp" line="139"/>
        <location filename="../core/interop/csvmapping.cpp" line="145"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Keel::CsvParser</name>
    <message>
        <location filename="../core/interop/csvparser.cpp" line="103"/>
        <source>text after the closing quote of a field</source>
        <translation>字段的右引号之后还有文本</translation>
    </message>
    <message>
        <location filename="../core/interop/csvparser.cpp" line="115"/>
        <source>a quote inside a field that does not start with a quote</source>
        <translation>不以引号开头的字段中出现了引号</translation>
    </message>
    <message>
        <location filename="../core/interop/csvparser.cpp" line="123"/>
        <source>a quoted field that starts here is never closed</source>
        <translation>从此处开始的带引号字段没有闭合</translation>
    </message>
</context>
<context>
    <name>Keel::CsvReader</name>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="169"/>
        <source>column “%1”</source>
        <translation>列“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="200"/>
        <source>a date such as 2024-03-15 or 2024-03-15 08:00</source>
        <translation>日期，例如 2024-03-15 或 2024-03-15 08:00</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="201"/>
        <source>a date in the form %1</source>
        <translation>格式为 %1 的日期</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="202"/>
        <source>“%1” is not a date (expected %2).</source>
        <translation>“%1”不是日期（应为%2）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="222"/>
        <source>the file is empty; the first row must name the columns.</source>
        <translation>文件为空；第一行必须给出列名。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="239"/>
        <source>the mapping names the column “%1” for %2, but the header row has no such column.</source>
        <translation>映射为%2指定了列“%1”，但标题行中没有这一列。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="254"/>
        <source>no column holds the task names (expected a header such as “Name” or “Task Name”, or a mapping for “name”).</source>
        <translation>没有包含任务名称的列（应有“Name”或“Task Name”之类的标题，或为“name”设置映射）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="273"/>
        <source>Imported tasks</source>
        <translation>导入的任务</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="303"/>
        <source>this row has %1 fields but the header row names %2 columns (is the delimiter “%3”?).</source>
        <translation>此行有 %1 个字段，但标题行有 %2 列（分隔符是“%3”吗？）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="320"/>
        <source>the ID “%1” is used by an earlier row too.</source>
        <translation>ID“%1”已被前面的行使用。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="329"/>
        <source>“%1” is not a duration (expected a number with a unit such as 5d, 3h, 2w, 1.5d, 30m or 2ed).</source>
        <translation>“%1”不是工期（应为带单位的数字，例如 5d、3h、2w、1.5d、30m 或 2ed）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="339"/>
        <source>“%1” is not an amount of work (expected e.g. 40h).</source>
        <translation>“%1”不是工时量（例如应为 40h）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="350"/>
        <source>the finish is before the start.</source>
        <translation>完成时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="355"/>
        <source>“%1” is not yes or no.</source>
        <translation>“%1”不是“是”或“否”。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="364"/>
        <source>“%1” is not a percentage between 0 and 100.</source>
        <translation>“%1”不是 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="371"/>
        <source>“%1” is not a task mode (expected auto or manual).</source>
        <translation>“%1”不是任务模式（应为 auto 或 manual）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="377"/>
        <source>“%1” is not a constraint type (expected e.g. ASAP, SNET, Must Start On).</source>
        <translation>“%1”不是限制类型（例如应为 ASAP、SNET、Must Start On）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="387"/>
        <source>the constraint “%1” needs a date.</source>
        <translation>限制条件“%1”需要一个日期。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="397"/>
        <source>“%1” is not a priority between 0 and 1000.</source>
        <translation>“%1”不是 0 到 1000 之间的优先级。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="413"/>
        <source>“%1” is not an outline level (expected 1, 2, 3 …).</source>
        <translation>“%1”不是大纲级别（应为 1、2、3 …）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="452"/>
        <source>“%1” is not a predecessor (expected an ID with an optional type and lag, such as 3FS+2d).</source>
        <translation>“%1”不是前置任务（应为 ID，可附带类型和延隔时间，例如 3FS+2d）。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="457"/>
        <source>the predecessor “%1” is not the ID of any row.</source>
        <translation>前置任务“%1”不是任何一行的 ID。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="490"/>
        <source>the duration ends the task after the year 2200.</source>
        <translation>该工期使任务在 2200 年之后才结束。</translation>
    </message>
    <message>
        <location filename="../core/interop/csvreader.cpp" line="525"/>
        <source>“%1” is not a resource with units (expected e.g. Ann[50%]).</source>
        <translation>“%1”不是带单位的资源（例如应为 Ann[50%]）。</translation>
    </message>
</context>
<context>
    <name>Keel::DashboardView</name>
    <message>
        <location filename="../ui/dashboardview.cpp" line="97"/>
        <source>Portfolio health</source>
        <translation>项目组合健康状况</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="98"/>
        <source>Schedule and cost performance</source>
        <translation>进度和成本绩效</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="99"/>
        <source>Utilisation by team</source>
        <translation>按团队的利用率</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="100"/>
        <source>Profitability by client</source>
        <translation>按客户的盈利能力</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="101"/>
        <source>Client satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="204"/>
        <source>No open projects.</source>
        <translation>没有进行中的项目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="207"/>
        <source>%n open project(s) at their status dates: %1 on track, %2 at risk, %3 off track</source>
        <translation>
            <numerusform>%n 个进行中的项目（按各自状态日期）：%1 个正常，%2 个有风险，%3 个偏离</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="218"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="231"/>
        <source>No open project has earned value yet.</source>
        <translation>尚无进行中的项目产生挣值。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="232"/>
        <source>SPI and CPI of each open project; below 1.0 is behind schedule or over cost</source>
        <translation>各进行中项目的 SPI 和 CPI；低于 1.0 表示进度落后或成本超支</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="235"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="236"/>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="265"/>
        <source>1.0 = on plan</source>
        <translation>1.0 = 符合计划</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="288"/>
        <source>No time was logged in the 12 weeks to %1.</source>
        <translation>截至 %1 的 12 周内没有登记工时。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="291"/>
        <source>Hours logged against hours available, week by week, 12 weeks from %1</source>
        <translation>自 %1 起 12 周内每周已登记工时与可用工时的对比</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="342"/>
        <source>No revenue in the 12 months to %1.</source>
        <translation>截至 %1 的 12 个月内没有收入。</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="349"/>
        <source>Margin as a share of revenue, 12 months to %1; revenue in %2 at the exchange rates of that day</source>
        <translation>毛利占收入的比例，截至 %1 的 12 个月；收入按当日汇率折算为 %2</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="351"/>
        <source>Margin as a share of revenue, 12 months to %1; revenue in each client's currency</source>
        <translation>截至 %1 的 12 个月内利润占收入的比例；收入按各客户的货币计</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="353"/>
        <source>Margin</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="365"/>
        <source>%1 (%2 %3k)</source>
        <translation>%1（%2 %3k）</translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="393"/>
        <source>No client ratings in the 12 months to %1.</source>
        <translation>截至 %1 的 12 个月内没有客户评分。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="396"/>
        <source>Average rating per month, 1 (poor) to 5 (excellent); %n rating(s) in 12 months</source>
        <translation>
            <numerusform>每月平均评分，1（差）至 5（优秀）；12 个月内共 %n 条评分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardview.cpp" line="402"/>
        <source>Average rating</source>
        <translation>平均评分</translation>
    </message>
</context>
<context>
    <name>Keel::Demo</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="88"/>
        <source>The demo scale must be between 1 and 1000 (it is %1).</source>
        <translation>演示规模必须介于 1 和 1000 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="90"/>
        <source>The demo can only fill an empty workspace; this one already has projects.</source>
        <translation>演示数据只能填入空工作区；此工作区已有项目。</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="106"/>
        <source>The demo's calendars, people and clients were refused: %1</source>
        <translation>演示数据中的日历、人员和客户被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="120"/>
        <location filename="../core/demo/demogenerator.cpp" line="122"/>
        <source>The demo project %1 was refused: %2</source>
        <translation>演示项目 %1 被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>Keel::Documents</name>
    <message>
        <location filename="../core/model/documentimport.cpp" line="56"/>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <location filename="../core/model/documentimport.cpp" line="60"/>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1”是文件夹，不是文件。</translation>
    </message>
    <message>
        <location filename="../core/model/documentimport.cpp" line="64"/>
        <source>The file “%1” is larger than %2 MB, the most a document can hold.</source>
        <translation>文件“%1”大于 %2 MB，超出了文档的容量上限。</translation>
    </message>
    <message>
        <location filename="../core/model/documentimport.cpp" line="71"/>
        <location filename="../core/model/documentimport.cpp" line="77"/>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/model/documentimport.cpp" line="90"/>
        <source>Cannot attach “%1”: the project no longer exists.</source>
        <translation>无法附加“%1”：该项目已不存在。</translation>
    </message>
    <message>
        <location filename="../core/model/documentimport.cpp" line="100"/>
        <source>Attach “%1”</source>
        <translation>附加“%1”</translation>
    </message>
    <message>
        <location filename="../core/model/documentimport.cpp" line="113"/>
        <source>Cannot add “%1” as a new version: the document no longer exists.</source>
        <translation>无法将“%1”添加为新版本：该文档已不存在。</translation>
    </message>
    <message>
        <location filename="../core/model/documentimport.cpp" line="120"/>
        <source>New version %1 of “%2”</source>
        <translation>“%2”的新版本 %1</translation>
    </message>
</context>
<context>
    <name>Keel::EarlyWarning</name>
    <message>
        <location filename="../core/analytics/earlywarning.cpp" line="65"/>
        <source>forecast to finish on %1 (P%2), %3 working days after its deadline %4</source>
        <translation>预计于 %1 完成（P%2），比截止日期 %4 晚 %3 个工作日</translation>
    </message>
    <message>
        <location filename="../core/analytics/earlywarning.cpp" line="69"/>
        <source>; earned schedule forecasts %1 (SPI(t) %2)</source>
        <translation>；挣得进度预测为 %1（SPI(t) %2）</translation>
    </message>
    <message>
        <location filename="../core/analytics/earlywarning.cpp" line="72"/>
        <source>; calibrated by %1 finished tasks of closed projects</source>
        <translation>；已用已关闭项目中 %1 个已完成任务校准</translation>
    </message>
    <message>
        <location filename="../core/analytics/earlywarning.cpp" line="94"/>
        <source>EAC = BAC / CPI with CPI %1</source>
        <translation>EAC = BAC / CPI，CPI 为 %1</translation>
    </message>
    <message>
        <location filename="../core/analytics/earlywarning.cpp" line="95"/>
        <source>P%1 of the simulated cost</source>
        <translation>模拟成本的 P%1</translation>
    </message>
    <message>
        <location filename="../core/analytics/earlywarning.cpp" line="96"/>
        <source>forecast cost %1 exceeds the budget %2 by %3 (%4)</source>
        <translation>预测成本 %1 超出预算 %2 达 %3（%4）</translation>
    </message>
</context>
<context>
    <name>Keel::EditService</name>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="32"/>
        <source>A calendar needs an id.</source>
        <translation>日历需要一个标识。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="36"/>
        <source>A calendar needs a name.</source>
        <translation>日历需要一个名称。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="40"/>
        <source>There is a calendar named “%1” already; choose another name.</source>
        <translation>已有名为“%1”的日历；请换一个名称。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="45"/>
        <source>%1 cannot be its own base calendar.</source>
        <translation>%1 不能作为自己的基准日历。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="47"/>
        <source>%1: its base calendar is not in the workspace.</source>
        <translation>%1：其基准日历不在工作区中。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="56"/>
        <source>%1: the base calendars would form a loop (%2).</source>
        <translation>%1：基准日历将形成循环（%2）。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="67"/>
        <source>%1: a working interval must lie within the day, from 00:00 to 24:00.</source>
        <translation>%1：工作时段必须在当天 00:00 至 24:00 之内。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="69"/>
        <source>%1: the working interval %2–%3 ends before it starts.</source>
        <translation>%1：工作时段 %2–%3 的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="74"/>
        <source>%1: the working intervals %2–%3 and %4–%5 overlap.</source>
        <translation>%1：工作时段 %2–%3 与 %4–%5 重叠。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="83"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="90"/>
        <source>%1, exception %2</source>
        <translation>%1，例外 %2</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="91"/>
        <source>%1, exception “%2”</source>
        <translation>%1，例外“%2”</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="93"/>
        <source>%1 ends (%2) before it starts (%3).</source>
        <translation>%1 的结束日期（%2）早于开始日期（%3）。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="96"/>
        <source>%1: the number of occurrences cannot be negative.</source>
        <translation>%1：重复次数不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="99"/>
        <source>%1: it must repeat every 1 to 999 periods (it is %2).</source>
        <translation>%1：重复间隔必须为 1 到 999（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="107"/>
        <source>%1: a weekly exception needs at least one weekday.</source>
        <translation>%1：每周重复的例外至少需要选择一个星期几。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="111"/>
        <location filename="../core/edit/calendaredits.cpp" line="126"/>
        <source>%1: the month must be from 1 to 12 (it is %2).</source>
        <translation>%1：月份必须为 1 到 12（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="113"/>
        <source>%1: day %2 is not a day of %3.</source>
        <translation>%1：%3没有第 %2 日。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="121"/>
        <source>%1: the day of the month must be from 1 to 31 (it is %2).</source>
        <translation>%1：每月的日期必须为 1 到 31（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="130"/>
        <source>%1: the weekday must be from Monday to Sunday.</source>
        <translation>%1：星期必须为星期一到星期日之一。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="132"/>
        <source>%1: the week of the month must be the first to the fourth, or the last.</source>
        <translation>%1：每月的周次必须为第一至第四周或最后一周。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="136"/>
        <source>%1: the kind of recurrence is unknown.</source>
        <translation>%1：重复方式未知。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="143"/>
        <source>Add calendar “%1”</source>
        <translation>添加日历“%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="143"/>
        <source>Edit calendar “%1”</source>
        <translation>编辑日历“%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="156"/>
        <source>%1 is in the workspace already.</source>
        <translation>%1 已在工作区中。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="187"/>
        <source>%1 is the workspace's default calendar; choose another default first.</source>
        <translation>%1 是工作区的默认日历；请先选择其他默认日历。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="190"/>
        <source>%1 is the calendar of %2; give the project another calendar first.</source>
        <translation>%1 是 %2 的日历；请先为该项目指定其他日历。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="194"/>
        <source>%1 is the calendar of %2; give the resource another calendar first.</source>
        <translation>%1 是 %2 的日历；请先为该资源指定其他日历。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="198"/>
        <source>%1 is the base calendar of %2; give that calendar another base first.</source>
        <translation>%1 是 %2 的基准日历；请先为该日历指定其他基准日历。</translation>
    </message>
    <message>
        <location filename="../core/edit/calendaredits.cpp" line="202"/>
        <source>%1 is the calendar of %2; give the task another calendar first.</source>
        <translation>%1 是 %2 的日历；请先为该任务指定其他日历。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="70"/>
        <source>The id of a record cannot be changed.</source>
        <translation>记录的 id 不能更改。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="72"/>
        <source>A %1 has no field “%2”.</source>
        <translation>%1没有字段“%2”。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="88"/>
        <source>Records of this kind cannot be added.</source>
        <translation>无法添加此类记录。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="95"/>
        <source>Field “id”: expected a UUID string.</source>
        <translation>字段“id”：应为 UUID 字符串。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="97"/>
        <source>%1 already exists.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="125"/>
        <location filename="../core/edit/editservice.h" line="65"/>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="138"/>
        <source>This time entry has been approved and is locked; ask the approver to reject the week to change it.</source>
        <translation>此工时记录已批准并锁定；如需修改，请审批人驳回该周。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="147"/>
        <source>Unknown kind of record.</source>
        <translation>未知的记录类型。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="150"/>
        <location filename="../core/edit/editservice.cpp" line="185"/>
        <location filename="../core/edit/editservice.cpp" line="216"/>
        <location filename="../core/edit/editservice.cpp" line="1310"/>
        <source>There is no %1 with id %2.</source>
        <translation>不存在 id 为 %2 的%1。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="169"/>
        <source>%1 is a summary task: its duration comes from its subtasks.</source>
        <translation>%1 是摘要任务：其工期由子任务决定。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="188"/>
        <location filename="../core/edit/editservice.cpp" line="207"/>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="192"/>
        <location filename="../core/edit/editservice.cpp" line="1317"/>
        <source>%1: the value “%2” does not fit field “%3”.</source>
        <translation>%1：值“%2”不符合字段“%3”。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="204"/>
        <source>The record to edit no longer exists.</source>
        <translation>要编辑的记录已不存在。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="214"/>
        <source>Records of this kind cannot be deleted.</source>
        <translation>无法删除此类记录。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="222"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="236"/>
        <source>%1 is assigned to %2; remove the assignment or assign someone else first.</source>
        <translation>%1 已分配到%2；请先移除该分配或改派他人。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="241"/>
        <source>%1 has time recorded; make the person inactive instead of deleting them.</source>
        <translation>%1 已有工时记录；请将其设为停用，而不是删除。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="271"/>
        <source>%1 still has %2; delete the project or give it another client first.</source>
        <translation>%1 仍有%2；请先删除该项目或将其转给其他客户。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="294"/>
        <source>%1 is closed and archived; reopen it before deleting it.</source>
        <translation>%1 已关闭并归档；请先重新打开再删除。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="298"/>
        <source>%1 has time recorded on it and cannot be deleted; close it instead.</source>
        <translation>%1 已有工时记录，不能删除；请改为关闭它。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="367"/>
        <location filename="../core/edit/editservice.cpp" line="394"/>
        <location filename="../core/edit/editservice.cpp" line="572"/>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="370"/>
        <source>%1: the constraint “%2” needs a date.</source>
        <translation>%1：限制“%2”需要日期。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="372"/>
        <source>Change constraint</source>
        <translation>更改限制</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="383"/>
        <source>Assign resources</source>
        <translation>分配资源</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="400"/>
        <source>%1: a resource to assign does not exist.</source>
        <translation>%1：要分配的资源不存在。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="402"/>
        <source>%1 is assigned to %2 twice.</source>
        <translation>%1 被重复分配到%2。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="405"/>
        <source>%1: units must be more than 0 % and at most 10,000 %.</source>
        <translation>%1：单位必须大于 0% 且不超过 10,000%。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="436"/>
        <source>%1 has recorded work on %2 and cannot be unassigned.</source>
        <translation>%1 在%2上已有实际工时，不能取消分配。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="470"/>
        <location filename="../core/edit/editservice.cpp" line="1023"/>
        <location filename="../core/edit/editservice.cpp" line="1091"/>
        <location filename="../core/edit/editservice.cpp" line="1104"/>
        <location filename="../core/edit/templateedits.cpp" line="65"/>
        <source>There is no project with id %1.</source>
        <translation>不存在 id 为 %1 的项目。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="472"/>
        <source>A baseline number is from 0 to 10 (it is %1).</source>
        <translation>比较基准编号应为 0 到 10（当前为 %1）。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="478"/>
        <source>A task to save in the baseline is not in %1.</source>
        <translation>要保存到比较基准的任务不在%1中。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="485"/>
        <source>Set baseline</source>
        <translation>设置比较基准</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="485"/>
        <source>Set baseline %1</source>
        <translation>设置比较基准 %1</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="500"/>
        <source>Baseline</source>
        <translation>比较基准</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="500"/>
        <source>Baseline %1</source>
        <translation>比较基准 %1</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="547"/>
        <source>Clear baseline</source>
        <translation>清除比较基准</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="547"/>
        <source>Clear baseline %1</source>
        <translation>清除比较基准 %1</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="551"/>
        <source>%1 has no baseline %2.</source>
        <translation>%1 没有比较基准 %2。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="576"/>
        <source>%1 is a summary task: its progress comes from its subtasks.</source>
        <translation>%1 是摘要任务：其进度由子任务决定。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="581"/>
        <source>%1: percent complete must be from 0 to 100 (it is %2).</source>
        <translation>%1：完成百分比应为 0 到 100（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="588"/>
        <source>%1: the remaining duration must not be negative.</source>
        <translation>%1：剩余工期不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="602"/>
        <source>%1: percent work complete must be from 0 to 100 (it is %2).</source>
        <translation>%1：工时完成百分比必须介于 0 到 100 之间（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="606"/>
        <source>%1 has no one assigned, so it has no work to complete.</source>
        <translation>%1 未分配任何人员，因此没有可完成的工时。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="616"/>
        <source>%1: a task with an actual finish is 100 % complete.</source>
        <translation>%1：有实际完成时间的任务应为 100% 完成。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="624"/>
        <source>%1: the actual finish is before the actual start.</source>
        <translation>%1：实际完成时间早于实际开始时间。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="652"/>
        <source>Select the tasks to update.</source>
        <translation>请选择要更新的任务。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="654"/>
        <source>Record progress</source>
        <translation>记录进度</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/edit/editservice.cpp" line="654"/>
        <source>Record progress of %n task(s)</source>
        <translation>
            <numerusform>记录 %n 个任务的进度</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="668"/>
        <source>The project no longer exists.</source>
        <translation>该项目已不存在。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="670"/>
        <location filename="../core/edit/editservice.cpp" line="724"/>
        <source>Project “%1” is closed and archived, so it is read-only. Reopen it to make changes.</source>
        <translation>项目“%1”已收尾并归档，因此为只读。请重新打开项目以进行更改。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="672"/>
        <source>Give the status date to update the project to.</source>
        <translation>请给出项目要更新到的状态日期。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="675"/>
        <source>Update %1 as of %2</source>
        <translation>将 %1 更新到 %2</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="722"/>
        <source>Choose the project the expense belongs to.</source>
        <translation>请选择该费用所属的项目。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="727"/>
        <source>Give the date of the expense.</source>
        <translation>请填写费用的日期。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="730"/>
        <source>Give the expense a category, such as Travel.</source>
        <translation>请为费用指定类别，例如“差旅”。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="733"/>
        <location filename="../core/edit/exchangerateedits.cpp" line="26"/>
        <source>“%1” is not an ISO 4217 currency code such as EUR or CNY.</source>
        <translation>“%1”不是 ISO 4217 货币代码（如 EUR 或 CNY）。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="735"/>
        <source>The amount of an expense must be more than 0.</source>
        <translation>费用金额必须大于 0。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="739"/>
        <source>The task of the expense must belong to project “%1”.</source>
        <translation>费用所属的任务必须属于项目“%1”。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="744"/>
        <source>The receipt must be a document of project “%1”.</source>
        <translation>收据必须是项目“%1”的文档。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="748"/>
        <source>Add expense “%1”</source>
        <translation>添加费用“%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="748"/>
        <source>Edit expense “%1”</source>
        <translation>编辑费用“%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="752"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="772"/>
        <source>Accommodation</source>
        <translation>住宿</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="772"/>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="772"/>
        <source>Meals</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="772"/>
        <source>Software</source>
        <translation>软件</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="772"/>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="773"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="773"/>
        <source>Subcontractor</source>
        <translation>分包</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="787"/>
        <location filename="../core/edit/editservice.cpp" line="834"/>
        <source>The person to log time for does not exist.</source>
        <translation>要记录工时的人员不存在。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="790"/>
        <location filename="../core/edit/editservice.cpp" line="875"/>
        <source>The task to log time on does not exist.</source>
        <translation>要记录工时的任务不存在。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="792"/>
        <location filename="../core/edit/editservice.cpp" line="878"/>
        <source>%1 is a summary task; log time on one of its subtasks.</source>
        <translation>%1 是摘要任务；请在其子任务上记录工时。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="795"/>
        <source>Give the day the time was worked.</source>
        <translation>请填写工作日期。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="797"/>
        <source>Time logged in one day must be more than 0 and at most 24 hours.</source>
        <translation>一天记录的工时必须大于 0 且不超过 24 小时。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="806"/>
        <location filename="../core/edit/editservice.cpp" line="840"/>
        <source>The week of %1 for %2 is approved and locked.</source>
        <translation>%2 的 %1 当周已批准并锁定。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="813"/>
        <location filename="../core/edit/editservice.cpp" line="887"/>
        <source>%1 would have more than 24 hours logged on %2.</source>
        <translation>%1 在 %2 记录的工时将超过 24 小时。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="823"/>
        <source>Log time</source>
        <translation>记录工时</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="836"/>
        <location filename="../core/edit/editservice.cpp" line="927"/>
        <source>Give a day of the week.</source>
        <translation>请填写该周中的某一天。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="842"/>
        <source>The week of %1 for %2 is submitted; it can be changed again once it is rejected.</source>
        <translation>%2 的 %1 这一周已提交；只有被退回后才能再次修改。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="856"/>
        <source>Timesheet of %1 for the week of %2</source>
        <translation>%1 在 %2 这一周的工时表</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="859"/>
        <source>A day of the week must be 0 (Monday) to 6 (Sunday), not %1.</source>
        <translation>星期几必须是 0（星期一）到 6（星期日），而不是 %1。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="862"/>
        <source>The time on %1 must be from 0 to 24 hours.</source>
        <translation>%1 的工时必须在 0 到 24 小时之间。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="864"/>
        <source>%1 is given twice for %2.</source>
        <translation>%1 在 %2 重复填写了两次。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="882"/>
        <source>%1 is closed; no more time can be logged on it.</source>
        <translation>%1 已收尾；不能再记录工时。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="925"/>
        <source>There is no such person.</source>
        <translation>不存在此人员。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="929"/>
        <source>Say why the week is rejected.</source>
        <translation>请说明驳回该周的原因。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="936"/>
        <source>Submit timesheet of %1 for the week of %2</source>
        <translation>提交 %1 在 %2 当周的工时表</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="937"/>
        <source>Approve timesheet of %1 for the week of %2</source>
        <translation>批准 %1 在 %2 当周的工时表</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="938"/>
        <source>Reject timesheet of %1 for the week of %2</source>
        <translation>驳回 %1 在 %2 当周的工时表</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="958"/>
        <source>%1 has no time logged in the week of %2.</source>
        <translation>%1 在 %2 当周没有记录工时。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="961"/>
        <source>The week of %2 for %1 has already been submitted.</source>
        <translation>%1 的 %2 当周已提交。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="962"/>
        <source>The week of %2 for %1 has nothing submitted to approve or reject.</source>
        <translation>%1 的 %2 当周没有待批准或驳回的已提交工时。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="973"/>
        <source>Timesheet of %1 for the week of %2 rejected</source>
        <translation>%1 在 %2 当周的工时表被驳回</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="995"/>
        <source>%1 cannot leave %2: %3. A manager can pass the gate with a written reason.</source>
        <translation>%1 无法离开%2阶段：%3。经理可填写理由后强制通过关口。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1004"/>
        <source>Pass the gate of %1 to %2 by override</source>
        <translation>强制通过 %1 进入%2的关口</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1011"/>
        <source>Gate %1 → %2 passed by override</source>
        <translation>关口 %1 → %2 已被强制通过</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1012"/>
        <source>Reason: %1
Not met: %2</source>
        <translation>理由：%1
未满足：%2</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1025"/>
        <source>%1 is already closed.</source>
        <translation>%1 已关闭。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1027"/>
        <source>%1 is in %2; a project is closed from its closing phase.</source>
        <translation>%1 处于%2阶段；项目需在收尾阶段才能关闭。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1043"/>
        <location filename="../core/edit/editservice.cpp" line="1072"/>
        <source>The client of the new project does not exist.</source>
        <translation>新项目的客户不存在。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1055"/>
        <source>There is no process template “%1”; the templates are %2.</source>
        <translation>不存在流程模板“%1”；可用模板为 %2。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1093"/>
        <source>A sign-off needs the name of the person who signs.</source>
        <translation>签署需要签署人的姓名。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1095"/>
        <source>A sign-off needs the statement that is signed.</source>
        <translation>签署需要所签署的声明。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1096"/>
        <source>Record client sign-off</source>
        <translation>记录客户签署</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1106"/>
        <source>A requirement needs a title.</source>
        <translation>需求需要标题。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1117"/>
        <source>Add requirement %1</source>
        <translation>添加需求 %1</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1130"/>
        <source>A resource needs an id.</source>
        <translation>资源需要一个 ID。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1132"/>
        <source>A resource needs a name.</source>
        <translation>资源需要一个名称。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1140"/>
        <source>%1: two rates start on the same day; keep one.</source>
        <translation>%1：有两个费率从同一天开始生效；请只保留一个。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1146"/>
        <source>%1: each change of the maximum units needs the date it takes effect.</source>
        <translation>%1：最大单位的每次变更都需要生效日期。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1149"/>
        <source>%1: the maximum units change twice on %2; keep one.</source>
        <translation>%1：最大单位在 %2 变更了两次；请只保留一个。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1153"/>
        <source>Add “%1” to the pool</source>
        <translation>将“%1”加入资源池</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1153"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1169"/>
        <source>%1 (own calendar)</source>
        <translation>%1（个人日历）</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1184"/>
        <source>%1: a skill that is not in the catalogue was given.</source>
        <translation>%1：给出的技能不在技能目录中。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1186"/>
        <source>%1: the skill “%2” is listed twice.</source>
        <translation>%1：技能“%2”被列出了两次。</translation>
    </message>
    <message>
        <location filename="../core/edit/editservice.cpp" line="1188"/>
        <source>%1: the level of “%2” must be from 1 to 5 (it is %3).</source>
        <translation>%1：“%2”的等级必须在 1 到 5 之间（当前为 %3）。</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="27"/>
        <source>Set the reporting currency to %1</source>
        <translation>将报表货币设为 %1</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="47"/>
        <source>From: “%1” is not an ISO 4217 currency code such as EUR or CNY.</source>
        <translation>源货币：“%1”不是 ISO 4217 货币代码（如 EUR 或 CNY）。</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="50"/>
        <source>To: “%1” is not an ISO 4217 currency code such as EUR or CNY.</source>
        <translation>目标货币：“%1”不是 ISO 4217 货币代码（如 EUR 或 CNY）。</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="53"/>
        <source>An exchange rate is between two different currencies: both are %1.</source>
        <translation>汇率须在两种不同货币之间：两者都是 %1。</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="56"/>
        <source>Give the day the exchange rate applies from.</source>
        <translation>请填写汇率的生效日期。</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="59"/>
        <source>The rate must be a number above 0: how many %1 one %2 is worth.</source>
        <translation>汇率必须是大于 0 的数字：1 %2 可兑换多少 %1。</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="69"/>
        <source>There is already a rate %1 → %2 from %3 (%4). Edit that one, or choose another day.</source>
        <translation>已有自 %3 起生效的汇率 %1 → %2（%4）。请编辑该汇率，或选择其他日期。</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="75"/>
        <source>%1 → %2 from %3</source>
        <translation>%1 → %2（自 %3 起）</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="76"/>
        <source>Add exchange rate %1</source>
        <translation>添加汇率 %1</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="76"/>
        <source>Edit exchange rate %1</source>
        <translation>编辑汇率 %1</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="105"/>
        <source>There is no such exchange rate: it may have been deleted already.</source>
        <translation>没有该汇率：它可能已被删除。</translation>
    </message>
    <message>
        <location filename="../core/edit/exchangerateedits.cpp" line="106"/>
        <source>Delete exchange rate %1 → %2 from %3</source>
        <translation>删除自 %3 起生效的汇率 %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="43"/>
        <source>“%1” is a built-in template and cannot be changed or deleted; copy it to make a template of your own.</source>
        <translation>“%1”是内置模板，不能修改或删除；请复制它，创建您自己的模板。</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="68"/>
        <source>%1 has no tasks to make a template of.</source>
        <translation>%1 没有任务，无法生成模板。</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="71"/>
        <source>Save %1 as template “%2”</source>
        <translation>将%1另存为模板“%2”</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="82"/>
        <source>First task</source>
        <translation>第一个任务</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="84"/>
        <source>Phase 1</source>
        <translation>阶段 1</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="92"/>
        <location filename="../core/edit/templateedits.cpp" line="145"/>
        <source>There is no process template “%1”.</source>
        <translation>没有流程模板“%1”。</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="95"/>
        <source>Copy template “%1” as “%2”</source>
        <translation>将模板“%1”复制为“%2”</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="105"/>
        <source>A process template needs a name.</source>
        <translation>流程模板需要名称。</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="112"/>
        <source>There is already a process template named “%1”; choose another name.</source>
        <translation>已有名为“%1”的流程模板，请换一个名称。</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="116"/>
        <source>The template key “%1” is already used by “%2”.</source>
        <translation>模板键“%1”已被“%2”使用。</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="128"/>
        <source>Edit template “%1”</source>
        <translation>编辑模板“%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="133"/>
        <source>New template “%1”</source>
        <translation>新建模板“%1”</translation>
    </message>
    <message>
        <location filename="../core/edit/templateedits.cpp" line="148"/>
        <source>Delete template “%1”</source>
        <translation>删除模板“%1”</translation>
    </message>
</context>
<context>
    <name>Keel::EntityType</name>
    <message>
        <location filename="../core/model/schema.cpp" line="625"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="626"/>
        <source>calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="627"/>
        <source>skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="628"/>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="629"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="630"/>
        <source>resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="631"/>
        <source>resource skill</source>
        <translation>资源技能</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="632"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="633"/>
        <source>requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="634"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="635"/>
        <source>dependency</source>
        <translation>依赖关系</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="636"/>
        <source>skill requirement</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="637"/>
        <source>assignment</source>
        <translation>工作分配</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="638"/>
        <source>time entry</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="639"/>
        <source>expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="640"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="641"/>
        <source>baseline task</source>
        <translation>基线任务</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="642"/>
        <source>risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="643"/>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="644"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="645"/>
        <source>document version</source>
        <translation>文档版本</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="646"/>
        <source>communication</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="647"/>
        <source>satisfaction rating</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="648"/>
        <source>lesson learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="649"/>
        <source>exchange rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="650"/>
        <source>process template</source>
        <translation>流程模板</translation>
    </message>
</context>
<context>
    <name>Keel::EnumText</name>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="255"/>
        <location filename="../ui/enumtext.cpp" line="9"/>
        <source>Initiation</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="257"/>
        <location filename="../ui/enumtext.cpp" line="11"/>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="259"/>
        <location filename="../ui/enumtext.cpp" line="13"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="261"/>
        <location filename="../ui/enumtext.cpp" line="15"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="263"/>
        <location filename="../ui/enumtext.cpp" line="17"/>
        <source>Closing</source>
        <translation>收尾</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="265"/>
        <location filename="../ui/enumtext.cpp" line="19"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="28"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="30"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="32"/>
        <source>Off track</source>
        <translation>偏离</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="41"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="43"/>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="45"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="54"/>
        <source>Fixed fee</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="56"/>
        <source>Time and materials</source>
        <translation>工时和材料</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="58"/>
        <source>Retainer</source>
        <translation>预付费</translation>
    </message>
</context>
<context>
    <name>Keel::ExchangeRateDialog</name>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="78"/>
        <source>Edit Exchange Rate</source>
        <translation>编辑汇率</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="78"/>
        <source>New Exchange Rate</source>
        <translation>新建汇率</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="82"/>
        <source>for example 0.92</source>
        <translation>例如 0.92</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="90"/>
        <source>&amp;Applies from:</source>
        <translation>生效日期(&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="91"/>
        <source>&amp;From currency:</source>
        <translation>源货币(&amp;F):</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="92"/>
        <source>&amp;To currency:</source>
        <translation>目标货币(&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="93"/>
        <source>&amp;Rate:</source>
        <translation>汇率(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="109"/>
        <source>How many %2 one %1 is worth, from that day until the next rate of the pair.</source>
        <translation>1 %1 可兑换多少 %2，自该日起生效，直至这对货币的下一个汇率。</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="110"/>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="110"/>
        <source>units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="126"/>
        <source>Rate: “%1” is not a number. Give how many units of the “to” currency one unit of the “from” currency is worth, such as 0.92.</source>
        <translation>汇率：“%1”不是数字。请填写 1 单位源货币可兑换多少单位目标货币，例如 0.92。</translation>
    </message>
</context>
<context>
    <name>Keel::ExchangeRatesDialog</name>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="56"/>
        <source>projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="58"/>
        <source>resource rates</source>
        <translation>资源费率</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="60"/>
        <source>expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="61"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="159"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="160"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="161"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="163"/>
        <source>Currencies and Exchange Rates</source>
        <translation>货币和汇率</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="165"/>
        <source>The currency portfolio, dashboard and profitability totals are shown in</source>
        <translation>项目组合、仪表板和盈利能力合计所用的货币</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="182"/>
        <source>Applies From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="182"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="182"/>
        <source>Rate</source>
        <translation>汇率</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="182"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="189"/>
        <source>No exchange rates yet. Add one with Add… (Insert) to show totals across currencies.</source>
        <translation>尚无汇率。请用“添加…”（Insert）添加汇率，以显示跨货币的合计。</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="193"/>
        <source>Add an exchange rate (Insert)</source>
        <translation>添加汇率（Insert）</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="194"/>
        <source>Edit the selected exchange rate (Return)</source>
        <translation>编辑所选汇率（Return）</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="195"/>
        <source>Delete the selected exchange rate (Delete); Ctrl+Z brings it back</source>
        <translation>删除所选汇率（Delete）；按 Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="208"/>
        <source>&amp;Reporting currency:</source>
        <translation>报表货币(&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="209"/>
        <source>&amp;Show rates of:</source>
        <translation>显示汇率(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="263"/>
        <source>All currencies</source>
        <translation>所有货币</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="284"/>
        <source>1 %1 = %2 %3</source>
        <translation>1 %1 = %2 %3</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="306"/>
        <source>%1 has no exchange rate to %2 (used by %3): amounts in %1 stay in %1, and totals in %2 across currencies are not shown.</source>
        <translation>%1 没有到 %2 的汇率（用于%3）：%1 金额仍以 %1 显示，跨货币的 %2 合计不予显示。</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="309"/>
        <source>Add Rate %1 → %2…</source>
        <translation>添加汇率 %1 → %2…</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="310"/>
        <source>Add an exchange rate from %1 to %2</source>
        <translation>添加从 %1 到 %2 的汇率</translation>
    </message>
    <message>
        <location filename="../ui/exchangeratesdialog.cpp" line="337"/>
        <source>Reporting currency: %1</source>
        <translation>报表货币：%1</translation>
    </message>
</context>
<context>
    <name>Keel::ExpenseDialog</name>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="59"/>
        <source>&amp;Billable to the client</source>
        <translation>可向客户计费(&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="64"/>
        <source>Edit Expense</source>
        <translation>编辑费用</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="64"/>
        <source>New Expense</source>
        <translation>新建费用</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="71"/>
        <source>What was bought, for whom</source>
        <translation>购买了什么，为谁购买</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="74"/>
        <source>for example 128.50</source>
        <translation>例如 128.50</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="79"/>
        <source>The whole project</source>
        <translation>整个项目</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="87"/>
        <source>No receipt attached</source>
        <translation>未附收据</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="88"/>
        <source>A&amp;ttach…</source>
        <translation>附加(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="89"/>
        <source>Attach the scanned receipt; it is kept as a document of the project</source>
        <translation>附加扫描的收据；它将作为项目文档保存</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="99"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="100"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="101"/>
        <source>D&amp;escription:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="102"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="106"/>
        <source>T&amp;ask:</source>
        <translation>任务(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="107"/>
        <source>Receipt:</source>
        <translation>收据：</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="126"/>
        <source>Attach Receipt</source>
        <translation>附加收据</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="127"/>
        <source>Receipts (*.pdf *.png *.jpg *.jpeg *.heic *.tif *.tiff);;All files (*)</source>
        <translation>收据 (*.pdf *.png *.jpg *.jpeg *.heic *.tif *.tiff);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="149"/>
        <source>“%1” is not an amount in %2, such as 128.50.</source>
        <translation>“%1”不是有效的 %2 金额，例如 128.50。</translation>
    </message>
</context>
<context>
    <name>Keel::ExpensesDialog</name>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="188"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="189"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="190"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="191"/>
        <source>&amp;Open Receipt</source>
        <translation>打开收据(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="193"/>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="200"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="200"/>
        <source>Billable</source>
        <translation>可计费</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="200"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="200"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="200"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="201"/>
        <source>Receipt</source>
        <translation>收据</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="201"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="208"/>
        <source>No expenses recorded for this project yet. Add the first with Add… (Insert).</source>
        <translation>此项目尚未记录任何费用。请用“添加…”（Insert）添加第一笔。</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="212"/>
        <source>Record an expense (Insert)</source>
        <translation>记录一笔费用（Insert）</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="213"/>
        <source>Edit the selected expense (Return)</source>
        <translation>编辑所选费用（Return）</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="214"/>
        <source>Delete the selected expense (Delete); Ctrl+Z brings it back</source>
        <translation>删除所选费用（Delete）；按 Ctrl+Z 可恢复</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="228"/>
        <source>&amp;Project:</source>
        <translation>项目(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="285"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="285"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../ui/expensesdialog.cpp" line="306"/>
        <source>Total %1; billable %2</source>
        <translation>合计 %1；可计费 %2</translation>
    </message>
</context>
<context>
    <name>Keel::Exporter</name>
    <message>
        <location filename="../core/interop/exporter.cpp" line="34"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Keel::FirstStepsView</name>
    <message>
        <location filename="../ui/firststepsview.cpp" line="17"/>
        <source>Set up your workspace</source>
        <translation>设置您的工作区</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="22"/>
        <source>Four steps take you from an empty workspace to a planned, staffed project. Each can be changed later.</source>
        <translation>只需四步，即可从空白工作区得到一个已排定计划、已配备人员的项目。每一步以后都可以修改。</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="34"/>
        <source>&amp;Calendars…</source>
        <translation>日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="34"/>
        <source>Choose the working week and the public holidays your projects follow.</source>
        <translation>选择项目遵循的工作周和法定节假日。</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="35"/>
        <source>Add a built-in public holiday calendar, such as mainland China with its make-up working days</source>
        <translation>添加内置的法定节假日日历，例如包含调休上班日的中国大陆日历</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="36"/>
        <source>Add a &amp;Person…</source>
        <translation>添加人员(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="36"/>
        <source>Add the people who do the work, with their rates and skills.</source>
        <translation>添加承担工作的人员及其费率和技能。</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="37"/>
        <source>Add the first person to the resource pool</source>
        <translation>向资源池添加第一位人员</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="38"/>
        <source>Add a C&amp;lient…</source>
        <translation>添加客户(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="38"/>
        <source>Add the client you work for.</source>
        <translation>添加您服务的客户。</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="38"/>
        <source>Add the first client</source>
        <translation>添加第一个客户</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="39"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="39"/>
        <source>Create a project from a process template, with its phases, gates and tasks.</source>
        <translation>从流程模板创建项目，包含其阶段、阶段关口和任务。</translation>
    </message>
    <message>
        <location filename="../ui/firststepsview.cpp" line="40"/>
        <source>Create the first project</source>
        <translation>创建第一个项目</translation>
    </message>
</context>
<context>
    <name>Keel::GanReader</name>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="107"/>
        <source>%1: the %2 “%3” is not a number.</source>
        <translation>%1：%2“%3”不是数字。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="119"/>
        <source>%1: the %2 “%3” is not a date (expected YYYY-MM-DD).</source>
        <translation>%1：%2“%3”不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="148"/>
        <source>%1 calendar</source>
        <translation>%1 日历</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="176"/>
        <source>a holiday needs a month (1–12) and a day (1–31).</source>
        <translation>节假日需要月份（1–12）和日期（1–31）。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="195"/>
        <source>%1-%2-%3 is not a date.</source>
        <translation>%1-%2-%3 不是日期。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="213"/>
        <source>tasks are nested too deep.</source>
        <translation>任务嵌套过深。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="217"/>
        <source>task %1 “%2”</source>
        <translation>任务 %1“%2”</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="219"/>
        <source>a task has no id.</source>
        <translation>有任务没有 ID。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="221"/>
        <source>two tasks have the id %1.</source>
        <translation>有两个任务的 ID 都是 %1。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="237"/>
        <source>%1: the duration must not be negative.</source>
        <translation>%1：工期不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="280"/>
        <source>A dependency names task %1, which is not in the file; it was skipped.</source>
        <translation>某个依赖关系指定的任务 %1 不在文件中；已跳过。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="285"/>
        <source>a dependency</source>
        <translation>一个依赖关系</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="298"/>
        <source>%1 is not a dependency type (expected 1 = SS, 2 = FS, 3 = FF, 4 = SF).</source>
        <translation>%1 不是依赖类型（应为 1 = SS、2 = FS、3 = FF、4 = SF）。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="333"/>
        <source>a resource has no id.</source>
        <translation>有资源没有 ID。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="335"/>
        <source>two resources have the id %1.</source>
        <translation>有两个资源的 ID 都是 %1。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="344"/>
        <source>Project manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="351"/>
        <source>resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="366"/>
        <source>An allocation names a task or resource that is not in the file; it was skipped.</source>
        <translation>某项分配指定的任务或资源不在文件中；已跳过。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="370"/>
        <source>an allocation</source>
        <translation>一项分配</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="386"/>
        <source>A vacation names a resource that is not in the file; it was skipped.</source>
        <translation>某个休假指定的资源不在文件中；已跳过。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="391"/>
        <source>a vacation</source>
        <translation>一个休假</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="415"/>
        <source>Vacation</source>
        <translation>休假</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="432"/>
        <source>Only the first ten GanttProject baselines were kept.</source>
        <translation>只保留了前十个 GanttProject 基线。</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="439"/>
        <source>Baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="446"/>
        <source>a baseline task</source>
        <translation>一个基线任务</translation>
    </message>
    <message>
        <location filename="../core/interop/ganreader.cpp" line="469"/>
        <source>this is not a GanttProject file: the document is &lt;%1&gt;, expected &lt;project&gt;.</source>
        <translation>这不是 GanttProject 文件：文档根元素为 &lt;%1&gt;，应为 &lt;project&gt;。</translation>
    </message>
</context>
<context>
    <name>Keel::Gantt</name>
    <message>
        <location filename="../core/report/ganttdata.cpp" line="30"/>
        <source>%1 — %2</source>
        <comment>project code, name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../core/report/ganttexport.cpp" line="21"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/report/ganttexport.cpp" line="51"/>
        <source>painting the PDF failed.</source>
        <translation>绘制 PDF 失败。</translation>
    </message>
    <message>
        <location filename="../core/report/ganttexport.cpp" line="67"/>
        <source>the chart has too many rows for one image; write a PDF instead.</source>
        <translation>图表行数过多，无法生成单张图像；请改为输出 PDF。</translation>
    </message>
    <message>
        <location filename="../core/report/ganttexport.cpp" line="70"/>
        <source>not enough memory for the image.</source>
        <translation>内存不足，无法生成图像。</translation>
    </message>
    <message>
        <location filename="../core/report/ganttexport.cpp" line="76"/>
        <source>encoding the PNG failed.</source>
        <translation>PNG 编码失败。</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="490"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="491"/>
        <source>Critical task</source>
        <translation>关键任务</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="492"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="493"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="494"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="495"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="496"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="497"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../core/report/ganttpainter.cpp" line="498"/>
        <source>Non-working time</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <location filename="../core/report/ganttprintlayout.cpp" line="162"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../core/report/ganttprintlayout.cpp" line="172"/>
        <source>Gantt chart</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <location filename="../core/report/ganttprintlayout.cpp" line="220"/>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <location filename="../core/report/ganttprintlayout.cpp" line="242"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../core/report/ganttprintlayout.cpp" line="243"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <location filename="../core/report/ganttscale.cpp" line="204"/>
        <source>%1 %2</source>
        <comment>month name, year</comment>
        <translation>%2年%1</translation>
    </message>
    <message>
        <location filename="../core/report/ganttscale.cpp" line="210"/>
        <source>Q%1</source>
        <comment>quarter of the year</comment>
        <translation>第%1季度</translation>
    </message>
</context>
<context>
    <name>Keel::GanttPrintDialog</name>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="31"/>
        <source>Print Gantt Chart</source>
        <translation>打印甘特图</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="45"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="49"/>
        <source>&amp;Fit to</source>
        <translation>缩放至(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="55"/>
        <source>pages wide</source>
        <translation>页宽</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="57"/>
        <source>&amp;Poster at</source>
        <translation>海报模式，按(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="59"/>
        <source>Hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="60"/>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="61"/>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="62"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="63"/>
        <source>Quarters</source>
        <translation>季度</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="68"/>
        <source>scale, task names on every page</source>
        <translation>刻度，每页均显示任务名称</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="71"/>
        <source>Print a &amp;legend</source>
        <translation>打印图例(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="77"/>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="78"/>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="84"/>
        <source>Page &amp;Setup…</source>
        <translation>页面设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="85"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="86"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="87"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="158"/>
        <source>landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="158"/>
        <source>portrait</source>
        <translation>纵向</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/ganttprintdialog.cpp" line="159"/>
        <source>%n page(s): %1 across × %2 down, %3 %4</source>
        <translation>
            <numerusform>%n 页：宽 %1 页 × 高 %2 页，%3 %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="196"/>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="217"/>
        <source>Export Gantt Chart as PDF</source>
        <translation>将甘特图导出为 PDF</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="218"/>
        <source>%1 Gantt.pdf</source>
        <translation>%1 甘特图.pdf</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="218"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="219"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/ganttprintdialog.cpp" line="224"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
</context>
<context>
    <name>Keel::GanttView</name>
    <message>
        <location filename="../ui/ganttview.cpp" line="529"/>
        <location filename="../ui/ganttview.cpp" line="725"/>
        <source>Start: %1</source>
        <translation>开始：%1</translation>
    </message>
    <message>
        <location filename="../ui/ganttview.cpp" line="530"/>
        <location filename="../ui/ganttview.cpp" line="727"/>
        <source>Finish: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <location filename="../ui/ganttview.cpp" line="722"/>
        <source>Milestone: %1</source>
        <translation>里程碑：%1</translation>
    </message>
    <message>
        <location filename="../ui/ganttview.cpp" line="729"/>
        <source>%1% complete</source>
        <translation>已完成 %1%</translation>
    </message>
    <message>
        <location filename="../ui/ganttview.cpp" line="731"/>
        <source>Baseline: %1 – %2</source>
        <translation>基线：%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/ganttview.cpp" line="733"/>
        <source>Deadline: %1</source>
        <translation>截止日期：%1</translation>
    </message>
    <message>
        <location filename="../ui/ganttview.cpp" line="735"/>
        <source>On the critical path</source>
        <translation>位于关键路径上</translation>
    </message>
</context>
<context>
    <name>Keel::GateOverrideDialog</name>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="29"/>
        <source>Pass Gate with a Reason</source>
        <translation>说明理由后通过阶段关口</translation>
    </message>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="37"/>
        <source>%1 has not met the gate from %2 to %3. These items are not met:</source>
        <translation>%1 尚未满足从%2到%3的阶段关口，以下条件未满足：</translation>
    </message>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="45"/>
        <source>Items not met</source>
        <translation>未满足的条件</translation>
    </message>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="47"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="50"/>
        <source>&amp;Reason for passing the gate (kept in the project's communication log and the audit trail):</source>
        <translation>通过关口的理由(&amp;R)（记入项目沟通记录和审计跟踪）：</translation>
    </message>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="55"/>
        <source>Why may the project move on although these items are not met?</source>
        <translation>在这些条件未满足的情况下，为什么项目可以进入下一阶段？</translation>
    </message>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="56"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="65"/>
        <source>Pass Gate</source>
        <translation>通过关口</translation>
    </message>
    <message>
        <location filename="../ui/gateoverridedialog.cpp" line="65"/>
        <source>Pass to %1</source>
        <translation>通过并进入%1</translation>
    </message>
</context>
<context>
    <name>Keel::HolidayCatalogue</name>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="71"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="77"/>
        <source>not valid JSON at offset %1 (%2).</source>
        <translation>在偏移量 %1 处不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="79"/>
        <source>expected an object with "code", "name" and "years" or "rules".</source>
        <translation>应为包含 "code"、"name" 以及 "years" 或 "rules" 的对象。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="87"/>
        <source>"code" and "name" must not be empty.</source>
        <translation>"code" 和 "name" 不能为空。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="98"/>
        <source>a block of "years" needs a "year" from 1900 to 2200.</source>
        <translation>"years" 中的每一项都需要 1900 到 2200 之间的 "year"。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="111"/>
        <source>year %1, holiday “%2”: expected a name and dates "from" (and "to", not before it) such as 2024-10-01.</source>
        <translation>%1 年，节假日“%2”：应有名称和日期 "from"（以及不早于它的 "to"），如 2024-10-01。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="125"/>
        <source>year %1, working day “%2”: expected a name and a "date" such as 2024-02-04.</source>
        <translation>%1 年，调休上班日“%2”：应有名称和日期 "date"，如 2024-02-04。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="137"/>
        <source>rules need "firstYear" and "lastYear" from 1900 to 2200.</source>
        <translation>规则需要 1900 到 2200 之间的 "firstYear" 和 "lastYear"。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="171"/>
        <source>rule “%1”: expected a "month" from 1 to 12, or "easter".</source>
        <translation>规则“%1”：应有 1 到 12 的 "month"，或 "easter"。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="180"/>
        <source>rule “%1” gives no valid day in %2.</source>
        <translation>规则“%1”在 %2 年没有得出有效日期。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="213"/>
        <source>it lists no holidays.</source>
        <translation>其中没有任何节假日。</translation>
    </message>
    <message>
        <location filename="../core/workflow/holidaycatalogue.cpp" line="228"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>Keel::Importer</name>
    <message>
        <location filename="../core/interop/importer.cpp" line="32"/>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <location filename="../core/interop/importer.cpp" line="42"/>
        <source>is a folder, not a file</source>
        <translation>是文件夹，不是文件</translation>
    </message>
    <message>
        <location filename="../core/interop/importer.cpp" line="46"/>
        <source>the file is too large to be a project file</source>
        <translation>文件太大，不可能是项目文件</translation>
    </message>
    <message>
        <location filename="../core/interop/importer.cpp" line="54"/>
        <source>the format cannot be told from the file; name it with --format (%1)</source>
        <translation>无法从文件判断格式；请用 --format 指定（%1）</translation>
    </message>
</context>
<context>
    <name>Keel::Inbox</name>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="42"/>
        <source>Question</source>
        <translation>问题咨询</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="43"/>
        <source>Change request</source>
        <translation>变更请求</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="44"/>
        <source>Issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="52"/>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="53"/>
        <source>being mitigated</source>
        <translation>缓解中</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="54"/>
        <source>occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="55"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="107"/>
        <source>due %1, %n day(s) overdue, %2 complete</source>
        <translation>%1 到期，已逾期 %n 天，已完成 %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="121"/>
        <source>milestone due today, %1</source>
        <translation>里程碑今天到期，%1</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="122"/>
        <source>milestone due %1, in %n day(s)</source>
        <translation>里程碑 %1 到期，还有 %n 天</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="147"/>
        <source>%n task(s) overdue as of %1; the oldest, “%2”, was due %3</source>
        <translation>截至 %1 有 %n 项任务逾期；最早的“%2”应于 %3 完成</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="212"/>
        <source>%1 h assigned against %2 h available in the week of %3</source>
        <translation>%3 当周已分配 %1 小时，可用 %2 小时</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="215"/>
        <source>; over-allocated in %n of the next %1 weeks</source>
        <translation>；未来 %1 周中有 %n 周过度分配</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="217"/>
        <source>; by %1</source>
        <translation>；涉及任务：%1</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="241"/>
        <source>due %1 and still %2; score %3 (probability %4 × impact %5)</source>
        <translation>%1 到期，但仍为“%2”；评分 %3（概率 %4 × 影响 %5）</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="267"/>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="269"/>
        <source>, due %1</source>
        <translation>，%1 到期</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="289"/>
        <source>Deadline at risk</source>
        <translation>截止日期有风险</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="290"/>
        <source>Budget at risk</source>
        <translation>预算有风险</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="339"/>
        <source>Overdue tasks</source>
        <translation>逾期任务</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="340"/>
        <source>Milestones due soon</source>
        <translation>即将到期的里程碑</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="341"/>
        <source>Over-allocations</source>
        <translation>过度分配</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="342"/>
        <source>Risks past their date</source>
        <translation>已过期的风险</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="343"/>
        <source>New client requests</source>
        <translation>新的客户请求</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="344"/>
        <source>Deadline warnings</source>
        <translation>截止日期预警</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="345"/>
        <source>Budget warnings</source>
        <translation>预算预警</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="353"/>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="354"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/analytics/inboxitems.cpp" line="355"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>Keel::InboxModel</name>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="333"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="335"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="337"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="339"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="364"/>
        <source>%1 (%2, %3 unread)</source>
        <translation>%1（%2，%3 未读）</translation>
    </message>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="365"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/inboxmodel.cpp" line="415"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>Keel::InboxView</name>
    <message>
        <location filename="../ui/inboxview.cpp" line="28"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="30"/>
        <source>Mark All as Read</source>
        <translation>全部标记为已读</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="33"/>
        <source>Mark as Read</source>
        <translation>标记为已读</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="34"/>
        <source>Mark as Unread</source>
        <translation>标记为未读</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="40"/>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="43"/>
        <source>Kind filter</source>
        <translation>类型筛选</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="44"/>
        <source>Mark all items as read</source>
        <translation>将所有事项标记为已读</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="55"/>
        <location filename="../ui/inboxview.cpp" line="164"/>
        <source>Nothing needs your attention.</source>
        <translation>没有需要您处理的事项。</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="159"/>
        <source>All clear</source>
        <translation>全部处理完毕</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inboxview.cpp" line="161"/>
        <source>%n item(s), all read</source>
        <translation>
            <numerusform>%n 项，均已读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inboxview.cpp" line="163"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inboxview.cpp" line="163"/>
        <source>, %n unread</source>
        <translation>
            <numerusform>，%n 项未读</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="165"/>
        <source>Nothing of this kind.</source>
        <translation>没有此类项目。</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="174"/>
        <source>Select an item to see why it is here. Double-click it to open it.</source>
        <translation>选择一项以查看其出现在此处的原因。双击可将其打开。</translation>
    </message>
    <message>
        <location filename="../ui/inboxview.cpp" line="177"/>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
</context>
<context>
    <name>Keel::Interop</name>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="200"/>
        <source>Imported project</source>
        <translation>导入的项目</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="217"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="219"/>
        <source>Calendar “%1” names a base calendar that is not in the file; it has none now.</source>
        <translation>日历“%1”指定的基准日历不在文件中；现在它没有基准日历。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="240"/>
        <source>Calendar “%1”: working times that overlapped or were out of order were merged.</source>
        <translation>日历“%1”：重叠或顺序错乱的工作时间已合并。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="251"/>
        <source>Calendar “%1”: its base calendars formed a loop or a chain too long to follow; it has no base now.</source>
        <translation>日历“%1”：其基准日历形成循环或链条过长，无法追溯；现已取消其基准日历。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="272"/>
        <source>Resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="297"/>
        <source>a task without a name</source>
        <translation>一个没有名称的任务</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="297"/>
        <source>task “%1”</source>
        <translation>任务“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="304"/>
        <source>%1: a negative duration was set to zero.</source>
        <translation>%1：负工期已设为零。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="308"/>
        <source>%1: a duration of more than a hundred years was shortened to a hundred years.</source>
        <translation>%1：超过一百年的工期已缩短为一百年。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="315"/>
        <source>%1: the finish was before the start and now equals it.</source>
        <translation>%1：完成时间早于开始时间，现已设为与开始时间相同。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="319"/>
        <source>%1: the actual finish was before the actual start and now equals it.</source>
        <translation>%1：实际完成时间早于实际开始时间，现已设为与实际开始时间相同。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="324"/>
        <source>%1: the constraint “%2” had no date; the task is now “as soon as possible”.</source>
        <translation>%1：限制条件“%2”没有日期；该任务现为“越早越好”。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="366"/>
        <source>A task linked to itself; the link was dropped.</source>
        <translation>有任务链接到自身；已删除该链接。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="370"/>
        <source>Two links joined the same pair of tasks; only the first was kept.</source>
        <translation>有两个链接连接同一对任务；只保留了第一个。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="426"/>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="465"/>
        <source>The file counts %1 minutes per day and %2 per week; the workspace keeps its own %3 and %4.</source>
        <translation>文件按每天 %1 分钟、每周 %2 分钟计算；工作区保留自己的 %3 和 %4。</translation>
    </message>
</context>
<context>
    <name>Keel::LessonsView</name>
    <message>
        <location filename="../ui/lessonsview.cpp" line="37"/>
        <source>Lessons Learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="40"/>
        <source>Search lessons, recommendations, categories, projects…</source>
        <translation>搜索经验教训、建议、类别、项目…</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="42"/>
        <source>Search lessons learned</source>
        <translation>搜索经验教训</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="44"/>
        <location filename="../ui/lessonsview.cpp" line="61"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="46"/>
        <location filename="../ui/lessonsview.cpp" line="61"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="52"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="56"/>
        <source>C&amp;lient:</source>
        <translation>客户(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="61"/>
        <source>Lesson</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="61"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="70"/>
        <source>No lessons match the search.</source>
        <translation>没有符合搜索条件的经验教训。</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="71"/>
        <source>Lessons learned</source>
        <translation>经验教训</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="80"/>
        <source>Lesson details</source>
        <translation>经验教训详情</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="133"/>
        <source>All categories</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="138"/>
        <source>All clients</source>
        <translation>所有客户</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lessonsview.cpp" line="172"/>
        <source>%1 of %n lesson(s) learned</source>
        <translation>
            <numerusform>%1 / %n 条经验教训</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="180"/>
        <source>Select a lesson to read it in full.</source>
        <translation>选择一条经验教训以查看全文。</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="199"/>
        <source>What happened</source>
        <translation>经过</translation>
    </message>
    <message>
        <location filename="../ui/lessonsview.cpp" line="200"/>
        <source>Recommendation</source>
        <translation>建议</translation>
    </message>
</context>
<context>
    <name>Keel::Leveler</name>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="275"/>
        <source>The project to level is not in the workspace.</source>
        <translation>要调配的项目不在工作区中。</translation>
    </message>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="279"/>
        <source>Project “%1” is closed; a closed project is not leveled.</source>
        <translation>项目“%1”已关闭；已关闭的项目不进行调配。</translation>
    </message>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="294"/>
        <source>The workspace has no open project to level.</source>
        <translation>工作区中没有可调配的进行中项目。</translation>
    </message>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="339"/>
        <source>Project “%1” cannot be leveled: %2</source>
        <translation>无法调配项目“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="443"/>
        <source>Some over-allocation remains: it comes from tasks that never move (started, manual, priority 1000 or with a fixed date), from work above a person's max units, or from leveling within slack.</source>
        <translation>仍有部分过度分配：它们来自从不移动的任务（已开始、手动、优先级为 1000 或有固定日期），来自超过人员最大单位的工作量，或来自仅在时差内调配。</translation>
    </message>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="740"/>
        <source>The plan cannot be leveled: %1</source>
        <translation>无法调配该计划：%1</translation>
    </message>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="853"/>
        <source>Some assignments ask for more units than their person has; they were leveled as if they asked for the person's max units.</source>
        <translation>部分工作分配所需的单位超过了其人员的可用单位；这些分配已按人员的最大单位进行调配。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/schedule/leveler.cpp" line="856"/>
        <source>%n task(s) could not be leveled within their slack and keep their dates.</source>
        <translation>
            <numerusform>%n 个任务无法在其时差内调配，保留了原日期。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="899"/>
        <source>Clear leveling</source>
        <translation>清除调配</translation>
    </message>
    <message>
        <location filename="../core/schedule/leveler.cpp" line="899"/>
        <source>Level resources</source>
        <translation>调配资源</translation>
    </message>
</context>
<context>
    <name>Keel::LevelingDialog</name>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="87"/>
        <source>Level only within slack (no finish date moves)</source>
        <translation>仅在时差内调配（不移动完成日期）</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="90"/>
        <source>Level</source>
        <translation>调配</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="91"/>
        <source>Clear Leveling</source>
        <translation>清除调配</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="98"/>
        <source>Level Resources</source>
        <translation>调配资源</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="100"/>
        <source>Leveling delays tasks so that no one is asked for more than their max units. Tasks only move later; links, constraints and calendars are kept. Manual and started tasks, and tasks of priority 1000, never move.</source>
        <translation>资源调配通过延迟任务，使任何人的工作量都不超过其最大单位。任务只会向后移动；链接、限制和日历均保持不变。手动任务、已开始的任务以及优先级为 1000 的任务从不移动。</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="106"/>
        <source>All open projects (shared pool)</source>
        <translation>所有进行中的项目（共享资源池）</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="117"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="122"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="123"/>
        <source>How long the optimiser searches for a shorter plan.</source>
        <translation>优化器搜索更短计划的时长。</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="126"/>
        <source>The same seed gives the same plan for the same workspace.</source>
        <translation>对于同一工作区，相同的种子会生成相同的计划。</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="128"/>
        <source>What to level</source>
        <translation>调配范围</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="130"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="135"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="138"/>
        <source>Search for</source>
        <translation>搜索时长</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="141"/>
        <source>Compute a leveled plan and show what would change.</source>
        <translation>计算调配后的计划并显示将发生的更改。</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="142"/>
        <source>Show the plan without any leveling delay.</source>
        <translation>显示不含任何调配延迟的计划。</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="160"/>
        <source>Choose what to level and press Level. Nothing changes until you apply the result.</source>
        <translation>选择要调配的内容，然后按“调配”。在应用结果之前不会有任何更改。</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="164"/>
        <source>Delay</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="164"/>
        <location filename="../ui/levelingdialog.cpp" line="170"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="164"/>
        <source>Start after</source>
        <translation>调配后开始</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="164"/>
        <source>Start before</source>
        <translation>调配前开始</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="164"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="165"/>
        <location filename="../ui/levelingdialog.cpp" line="170"/>
        <source>Finish after</source>
        <translation>调配后完成</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="167"/>
        <source>Over-allocated before</source>
        <translation>调配前过度分配</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="167"/>
        <source>Peak after</source>
        <translation>调配后峰值</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="167"/>
        <source>Peak before</source>
        <translation>调配前峰值</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="167"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="168"/>
        <source>Over-allocated after</source>
        <translation>调配后过度分配</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="170"/>
        <source>Finish before</source>
        <translation>调配前完成</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="179"/>
        <source>Tasks That Move</source>
        <translation>将移动的任务</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="180"/>
        <source>Peak Loads</source>
        <translation>峰值负荷</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="181"/>
        <source>Project Finishes</source>
        <translation>项目完成日期</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="184"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="300"/>
        <source>Leveling…</source>
        <translation>正在调配…</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="300"/>
        <source>Removing the leveling delays…</source>
        <translation>正在删除调配延迟…</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="319"/>
        <source>Leveling is not possible: %1</source>
        <translation>无法进行调配：%1</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="359"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="367"/>
        <location filename="../ui/levelingdialog.cpp" line="368"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="369"/>
        <location filename="../ui/levelingdialog.cpp" line="370"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="396"/>
        <source>No task has a leveling delay: nothing to clear.</source>
        <translation>没有任务存在调配延迟：无需清除。</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="397"/>
        <source>Nothing needs to move: the plan is already as level as it can be.</source>
        <translation>无需移动任何任务：计划已尽可能均衡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/levelingdialog.cpp" line="399"/>
        <source>%n task(s) return to their early dates.</source>
        <translation>
            <numerusform>%n 个任务恢复到其最早日期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/levelingdialog.cpp" line="401"/>
        <source>%n task(s) move.</source>
        <translation>
            <numerusform>%n 个任务将移动。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="402"/>
        <source>Over-allocated people: %1 before, %2 after.</source>
        <translation>过度分配的人员：调配前 %1 人，调配后 %2 人。</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="404"/>
        <source>(Stopped early: the best plan found so far.)</source>
        <translation>（提前停止：这是目前找到的最佳计划。）</translation>
    </message>
    <message>
        <location filename="../ui/levelingdialog.cpp" line="417"/>
        <source>The leveled plan could not be applied: %1</source>
        <translation>无法应用调配后的计划：%1</translation>
    </message>
</context>
<context>
    <name>Keel::LifecycleView</name>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="107"/>
        <source>Sign-off and Lessons Learned…</source>
        <translation>验收与经验教训…</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="108"/>
        <source>Pass with a Reason…</source>
        <translation>说明理由后通过…</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="111"/>
        <source>Save Scope</source>
        <translation>保存范围</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="112"/>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="116"/>
        <location filename="../ui/lifecycleview.cpp" line="413"/>
        <source>Add Requirement</source>
        <translation>添加需求</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="117"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="132"/>
        <source>Phase gate checklist</source>
        <translation>阶段关口检查清单</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="143"/>
        <source>Move the project on although the gate is not met, with a written reason</source>
        <translation>关口条件未满足时，填写书面理由后推进项目</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="167"/>
        <source>What the project delivers, and what it does not: the scope agreed with the client.</source>
        <translation>项目交付什么、不交付什么：与客户商定的范围。</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="170"/>
        <location filename="../ui/lifecycleview.cpp" line="200"/>
        <source>Scope statement</source>
        <translation>范围说明书</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="186"/>
        <source>No requirements yet.</source>
        <translation>还没有需求。</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="192"/>
        <location filename="../ui/lifecycleview.cpp" line="204"/>
        <source>Requirements</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="214"/>
        <source>This project is closed and archived: it is read-only. Reopen it to make changes.</source>
        <translation>此项目已关闭并归档：为只读状态。如需更改，请重新打开。</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="276"/>
        <source>No project selected</source>
        <translation>未选择项目</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="289"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="296"/>
        <source>Gate: %1 → %2</source>
        <translation>关口：%1 → %2</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="306"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="307"/>
        <source>Every phase gate was passed and the project is archived.</source>
        <translation>所有阶段关口均已通过，项目已归档。</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="314"/>
        <source>Close and Archive</source>
        <translation>关闭并归档</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="315"/>
        <source>Advance to %1</source>
        <translation>推进到%1</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="325"/>
        <source>Back to %1…</source>
        <translation>退回到%1…</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="325"/>
        <source>Reopen Project…</source>
        <translation>重新打开项目…</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="332"/>
        <source>Every item is met: the project can move to %1.</source>
        <translation>所有条目均已满足：项目可以进入%1。</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="338"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="338"/>
        <source>Missing before %1: %2.</source>
        <translation>进入%1前缺少：%2。</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="394"/>
        <source>Edit scope statement of %1</source>
        <translation>编辑 %1 的范围说明书</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="413"/>
        <source>Requirement:</source>
        <translation>需求：</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/lifecycleview.cpp" line="428"/>
        <source>Remove %n requirement(s)</source>
        <translation>
            <numerusform>删除 %n 项需求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="450"/>
        <source>Back to %1</source>
        <translation>退回到%1</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="450"/>
        <source>Reopen Project</source>
        <translation>重新打开项目</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="452"/>
        <source>Why does %1 go back to %2? The reason is kept in the project's communication log.</source>
        <translation>为什么 %1 要退回到%2？原因将保存在项目的沟通记录中。</translation>
    </message>
    <message>
        <location filename="../ui/lifecycleview.cpp" line="470"/>
        <source>%1 → %2 passed by override on %3 by %4. %5</source>
        <translation>%1 → %2 由 %4 于 %3 破例通过。%5</translation>
    </message>
</context>
<context>
    <name>Keel::LoadHeatmapModel</name>
    <message>
        <location filename="../ui/loadheatmapmodel.cpp" line="185"/>
        <source>Week %1, from %2</source>
        <translation>第 %1 周，自 %2 起</translation>
    </message>
    <message>
        <location filename="../ui/loadheatmapmodel.cpp" line="233"/>
        <source>%1 h assigned of %2 h available</source>
        <translation>已分配 %1 小时，可用 %2 小时</translation>
    </message>
    <message>
        <location filename="../ui/loadheatmapmodel.cpp" line="235"/>
        <source>Over-allocated by %1 h</source>
        <translation>过度分配 %1 小时</translation>
    </message>
    <message>
        <location filename="../ui/loadheatmapmodel.cpp" line="237"/>
        <source>%1 h free</source>
        <translation>空闲 %1 小时</translation>
    </message>
    <message>
        <location filename="../ui/loadheatmapmodel.cpp" line="246"/>
        <source>• %1: %2 h</source>
        <translation>• %1：%2 小时</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/loadheatmapmodel.cpp" line="249"/>
        <source>and %n more task(s)</source>
        <translation>
            <numerusform>以及另外 %n 个任务</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::LoadHeatmapView</name>
    <message>
        <location filename="../ui/loadheatmapview.cpp" line="37"/>
        <source>Load heat map</source>
        <translation>负荷热力图</translation>
    </message>
    <message>
        <location filename="../ui/loadheatmapview.cpp" line="93"/>
        <location filename="../ui/loadheatmapview.cpp" line="290"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/loadheatmapview.cpp" line="198"/>
        <source>No active people or material resources.</source>
        <translation>没有在用的人员或材料资源。</translation>
    </message>
    <message>
        <location filename="../ui/loadheatmapview.cpp" line="199"/>
        <source>Nothing is scheduled in this span.</source>
        <translation>此时间段内没有任何安排。</translation>
    </message>
</context>
<context>
    <name>Keel::LoadHistogram</name>
    <message>
        <location filename="../ui/loadhistogram.cpp" line="39"/>
        <source>Load of the selected person</source>
        <translation>所选人员的负荷</translation>
    </message>
    <message>
        <location filename="../ui/loadhistogram.cpp" line="91"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../ui/loadhistogram.cpp" line="99"/>
        <source>Select a person in the heat map to see their load.</source>
        <translation>在热力图中选择一名人员以查看其负荷。</translation>
    </message>
    <message>
        <location filename="../ui/loadhistogram.cpp" line="124"/>
        <source>%1 h of %2 h over the span (%3%)</source>
        <translation>该时间段内 %1 小时 / %2 小时（%3%）</translation>
    </message>
    <message>
        <location filename="../ui/loadhistogram.cpp" line="127"/>
        <source>%1 h over the span</source>
        <translation>该时间段内 %1 小时</translation>
    </message>
    <message>
        <location filename="../ui/loadhistogram.cpp" line="183"/>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <location filename="../ui/loadhistogram.cpp" line="184"/>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <location filename="../ui/loadhistogram.cpp" line="185"/>
        <source>Over-allocated</source>
        <translation>过度分配</translation>
    </message>
</context>
<context>
    <name>Keel::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="60"/>
        <source>Keel workspaces (*.keel);;All files (*)</source>
        <translation>Keel 工作区 (*.keel);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="121"/>
        <source>Create a new workspace file</source>
        <translation>创建新的工作区文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="126"/>
        <source>Open a workspace file</source>
        <translation>打开工作区文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="133"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;Timesheet…</source>
        <translation>工时表(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>E&amp;xpenses…</source>
        <translation>费用(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Record what a project spent, with receipts (Ctrl+E)</source>
        <translation>记录项目的支出及收据（Ctrl+E）</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160"/>
        <source>&amp;Calendars…</source>
        <translation>日历(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="162"/>
        <source>Working weeks, holidays and exceptions of the workspace's calendars</source>
        <translation>工作区日历的工作周、节假日和例外日期</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>C&amp;urrencies and Exchange Rates…</source>
        <translation>货币和汇率(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>The reporting currency of portfolio totals and the exchange rates between currencies</source>
        <translation>项目组合合计的报表货币，以及各货币之间的汇率</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Show &amp;Side Bar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="202"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="220"/>
        <source>Process &amp;Templates…</source>
        <translation>流程模板(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="226"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="232"/>
        <source>Project &amp;Plan</source>
        <translation>项目计划(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>No workspace is open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="242"/>
        <source>&amp;Audit Trail…</source>
        <translation>审计跟踪(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&amp;Lessons Learned…</source>
        <translation>经验教训(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="256"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="261"/>
        <source>&amp;About Keel</source>
        <translation>关于 Keel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="283"/>
        <source>No Recent Workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="285"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="302"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>Keel will use the new language the next time it starts.</source>
        <translation>Keel 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>The KEEL_LANG environment variable is set and takes precedence over this choice.</source>
        <translation>已设置环境变量 KEEL_LANG，它优先于此处的选择。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="372"/>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="373"/>
        <source>The workspace could not be opened.</source>
        <translation>无法打开该工作区。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="424"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="497"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="505"/>
        <location filename="../ui/mainwindow.cpp" line="513"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="506"/>
        <source>Untitled.keel</source>
        <translation>未命名.keel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="514"/>
        <source>%1 already exists. Choose another name, or open it with File → Open.</source>
        <translation>%1 已存在。请换一个名称，或通过“文件 → 打开”打开它。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="524"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="532"/>
        <source>About Keel</source>
        <translation>关于 Keel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="533"/>
        <source>&lt;h3&gt;Keel %1&lt;/h3&gt;&lt;p&gt;Project service management for service organisations: plan, staff, track and report client projects, offline or with a shared server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keel %1&lt;/h3&gt;&lt;p&gt;面向服务型组织的项目服务管理：规划、配置人员、跟踪并报告客户项目，可离线使用，也可连接共享服务器。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="541"/>
        <source>Change Not Made</source>
        <translation>未能进行更改</translation>
    </message>
</context>
<context>
    <name>Keel::MspdiReader</name>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="138"/>
        <source>%1: “%2” is not a whole number.</source>
        <translation>%1：“%2”不是整数。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="150"/>
        <source>%1: %2 is out of range.</source>
        <translation>%1：%2 超出范围。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="167"/>
        <source>%1: “%2” is not a number.</source>
        <translation>%1：“%2”不是数字。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="185"/>
        <source>%1: “%2” is not a boolean (expected 0 or 1).</source>
        <translation>%1：“%2”不是布尔值（应为 0 或 1）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="197"/>
        <source>%1: “%2” is not a date and time (expected YYYY-MM-DDTHH:MM:SS).</source>
        <translation>%1：“%2”不是日期时间（应为 YYYY-MM-DDTHH:MM:SS）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="211"/>
        <source>%1: “%2” is not a duration (expected an xsd:duration such as PT8H0M0S).</source>
        <translation>%1：“%2”不是工期（应为 xsd:duration，例如 PT8H0M0S）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="230"/>
        <location filename="../core/interop/mspdireader.cpp" line="234"/>
        <source>%1: “%2” is not a time of day (expected HH:MM:SS).</source>
        <translation>%1：“%2”不是时刻（应为 HH:MM:SS）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="239"/>
        <source>%1: a working time that ends before it starts was ignored.</source>
        <translation>%1：已忽略一个结束早于开始的工作时间。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="274"/>
        <source>the project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="299"/>
        <source>The project is scheduled from its finish but has no finish date; it is scheduled from its start.</source>
        <translation>项目设置为从完成日期排定，但没有完成日期；改为从开始日期排定。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="324"/>
        <source>%1, exception “%2”</source>
        <translation>%1，例外“%2”</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="343"/>
        <source>%1: an exception without dates was ignored.</source>
        <translation>%1：已忽略一个没有日期的例外。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="376"/>
        <source>%1: a weekly exception without weekdays was ignored.</source>
        <translation>%1：已忽略一个没有指定星期几的每周例外。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="394"/>
        <source>%1: a recurrence on “weekday”, “weekend day” or “last day” of a month cannot be kept; the exception applies to its whole date range.</source>
        <translation>%1：无法保留按月“工作日”、“周末日”或“最后一天”的重复规则；该例外将应用于其整个日期范围。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="414"/>
        <location filename="../core/interop/mspdireader.cpp" line="530"/>
        <source>a calendar</source>
        <translation>一个日历</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="417"/>
        <location filename="../core/interop/mspdireader.cpp" line="536"/>
        <source>calendar UID %1</source>
        <translation>日历 UID %1</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="417"/>
        <source>calendar “%1”</source>
        <translation>日历“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="419"/>
        <source>Calendar %1</source>
        <translation>日历 %1</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="427"/>
        <source>%1: its base calendar (UID %2) is not in the file.</source>
        <translation>%1：其基准日历（UID %2）不在文件中。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="465"/>
        <source>%1: %2 is not a day type (expected 0 to 7).</source>
        <translation>%1：%2 不是日期类型（应为 0 到 7）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="529"/>
        <source>a calendar has no UID.</source>
        <translation>有日历没有 UID。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="533"/>
        <source>two calendars have the UID %1.</source>
        <translation>有两个日历的 UID 都是 %1。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="591"/>
        <location filename="../core/interop/mspdireader.cpp" line="668"/>
        <location filename="../core/interop/mspdireader.cpp" line="693"/>
        <location filename="../core/interop/mspdireader.cpp" line="742"/>
        <source>task UID %1</source>
        <translation>任务 UID %1</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="592"/>
        <source>task UID %1 “%2”</source>
        <translation>任务 UID %1“%2”</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="618"/>
        <source>%1: the duration must not be negative.</source>
        <translation>%1：工期不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="626"/>
        <source>%1: %2 is not a constraint type (expected 0 to 7).</source>
        <translation>%1：%2 不是限制类型（应为 0 到 7）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="632"/>
        <source>%1: percent complete %2 was limited to 0–100.</source>
        <translation>%1：完成百分比 %2 已被限制在 0–100 之间。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="642"/>
        <source>%1: its calendar (UID %2) is not in the file; it uses the project calendar.</source>
        <translation>%1：其日历（UID %2）不在文件中；改用项目日历。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="664"/>
        <source>a task has no UID.</source>
        <translation>有任务没有 UID。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="665"/>
        <source>a task</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="674"/>
        <source>two tasks have the UID %1.</source>
        <translation>有两个任务的 UID 都是 %1。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="720"/>
        <source>Inactive tasks were imported as manually scheduled tasks without links.</source>
        <translation>非活动任务已作为没有链接的手动计划任务导入。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="754"/>
        <source>Links to tasks in other projects were skipped.</source>
        <translation>已跳过指向其他项目中任务的链接。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="761"/>
        <source>%1: its predecessor UID %2 is not in the file; the link was skipped.</source>
        <translation>%1：其前置任务 UID %2 不在文件中；已跳过该链接。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="768"/>
        <source>%1: %2 is not a link type (expected 0 = FF, 1 = FS, 2 = SF, 3 = SS).</source>
        <translation>%1：%2 不是链接类型（应为 0 = FF、1 = FS、2 = SF、3 = SS）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="797"/>
        <source>a resource has no UID.</source>
        <translation>有资源没有 UID。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="798"/>
        <source>a resource</source>
        <translation>一个资源</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="801"/>
        <source>resource UID %1</source>
        <translation>资源 UID %1</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="801"/>
        <source>resource “%1”</source>
        <translation>资源“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="818"/>
        <source>two resources have the UID %1.</source>
        <translation>有两个资源的 UID 都是 %1。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="872"/>
        <source>an assignment</source>
        <translation>一项工作分配</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="902"/>
        <source>task UID %1, baseline</source>
        <translation>任务 UID %1，基线</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="922"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="922"/>
        <source>Baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="945"/>
        <source>this is not a Microsoft Project XML file: the document is &lt;%1&gt;, expected &lt;Project&gt; in the namespace %2.</source>
        <translation>这不是 Microsoft Project XML 文件：文档根元素为 &lt;%1&gt;，应为命名空间 %2 中的 &lt;Project&gt;。</translation>
    </message>
</context>
<context>
    <name>Keel::NavigationBar</name>
    <message>
        <location filename="../ui/navigationbar.cpp" line="14"/>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <location filename="../ui/navigationbar.cpp" line="33"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/navigationbar.cpp" line="46"/>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <location filename="../ui/navigationbar.cpp" line="48"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/navigationbar.cpp" line="50"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/navigationbar.cpp" line="52"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/navigationbar.cpp" line="54"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../ui/navigationbar.cpp" line="56"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
</context>
<context>
    <name>Keel::NewProjectDialog</name>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="38"/>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="39"/>
        <source>e.g. Service desk takeover</source>
        <translation>例如：服务台接管</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="40"/>
        <source>e.g. ACM-012</source>
        <translation>例如：ACM-012</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="42"/>
        <source>No client (internal)</source>
        <translation>无客户（内部）</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="59"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="65"/>
        <source>Manage…</source>
        <translation>管理…</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="67"/>
        <source>Process templates: the built-in ones and this workspace's own</source>
        <translation>流程模板：内置模板和本工作区自己的模板</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="84"/>
        <source>The workspace's calendar</source>
        <translation>工作区日历</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="91"/>
        <source>New calendar: %1 public holidays</source>
        <translation>新建日历：%1法定节假日</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="94"/>
        <source>The working time the project is scheduled in; a country's public holidays make a new calendar that you can edit later under Calendars (Ctrl+Shift+K)</source>
        <translation>项目排程所依据的工作时间；选择某国家或地区的法定节假日会新建一个日历，之后可在“日历”(Ctrl+Shift+K) 中编辑</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="108"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="109"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="110"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="111"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="112"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="114"/>
        <source>Task names in</source>
        <translation>任务名称语言</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="115"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="119"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="142"/>
        <source>An empty project in initiation: add requirements, then plan the tasks.</source>
        <translation>处于启动阶段的空项目：先添加需求，再规划任务。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/newprojectdialog.cpp" line="150"/>
        <source>%1
%2 phases (%3), %n task(s), %4 roles.</source>
        <translation>
            <numerusform>%1
%2 个阶段（%3），%n 个任务，%4 个角色。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="153"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="169"/>
        <source>Blank project</source>
        <translation>空白项目</translation>
    </message>
    <message>
        <location filename="../ui/newprojectdialog.cpp" line="172"/>
        <source>%1 (this workspace)</source>
        <translation>%1（本工作区）</translation>
    </message>
</context>
<context>
    <name>Keel::PhaseGate</name>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="30"/>
        <source>%1 and %n more</source>
        <translation>%1 及另外 %n 项</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="82"/>
        <source>Scope statement written</source>
        <translation>已编写范围说明书</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="83"/>
        <source>The project has no scope statement yet.</source>
        <translation>该项目还没有范围说明书。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="84"/>
        <source>%n word(s) agreed as the scope.</source>
        <translation>已商定 %n 个字作为范围。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="87"/>
        <source>At least one requirement</source>
        <translation>至少一项需求</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="88"/>
        <source>No requirement is in scope yet.</source>
        <translation>还没有在范围内的需求。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="89"/>
        <source>%n requirement(s) in scope.</source>
        <translation>范围内有 %n 项需求。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="98"/>
        <source>There is nothing to review yet.</source>
        <translation>还没有需要审查的内容。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="100"/>
        <source>Every requirement has been approved or rejected.</source>
        <translation>所有需求均已批准或拒绝。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="102"/>
        <source>%n requirement(s) still proposed: %1.</source>
        <translation>仍有 %n 项需求处于提议状态：%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="103"/>
        <source>All requirements reviewed</source>
        <translation>所有需求均已审查</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="117"/>
        <source>The plan has no tasks yet.</source>
        <translation>计划中还没有任务。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="119"/>
        <source>%n task(s), each with a duration.</source>
        <translation>%n 个任务，均已设置工期。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="121"/>
        <source>%n task(s) without a duration: %1.</source>
        <translation>%n 个任务没有工期：%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="122"/>
        <source>Tasks with durations</source>
        <translation>任务均有工期</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="128"/>
        <source>A baseline saved</source>
        <translation>已保存基线</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="129"/>
        <source>%n baseline(s) saved.</source>
        <translation>已保存 %n 个基线。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="130"/>
        <source>Save a baseline of the agreed plan.</source>
        <translation>保存已商定计划的基线。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="141"/>
        <source>There are no tasks to staff yet.</source>
        <translation>还没有需要配备人员的任务。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="143"/>
        <source>Every task has someone assigned.</source>
        <translation>每个任务都已分配人员。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="145"/>
        <source>%n task(s) with nobody assigned: %1.</source>
        <translation>%n 个任务未分配人员：%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="146"/>
        <source>Resources assigned</source>
        <translation>已分配资源</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="149"/>
        <source>Budget set</source>
        <translation>已设定预算</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="150"/>
        <source>A budget of %1 %2.</source>
        <translation>预算为 %1 %2。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="151"/>
        <source>The project has no budget yet.</source>
        <translation>该项目还没有预算。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="159"/>
        <source>Progress reported</source>
        <translation>已报告进展</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="160"/>
        <source>%n task(s) have progress recorded.</source>
        <translation>%n 个任务已记录进展。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="161"/>
        <source>No task has progress recorded yet.</source>
        <translation>还没有任务记录进展。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="162"/>
        <source>Status date set</source>
        <translation>已设定状态日期</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="163"/>
        <source>Progress is reported as of %1.</source>
        <translation>进展报告截至 %1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="164"/>
        <source>Set the status date that progress is measured against.</source>
        <translation>设定衡量进展所依据的状态日期。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="175"/>
        <source>All tasks complete</source>
        <translation>所有任务均已完成</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="176"/>
        <source>Every task is 100% complete.</source>
        <translation>所有任务均已 100% 完成。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="177"/>
        <source>%n task(s) not complete: %1.</source>
        <translation>%n 个任务未完成：%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="184"/>
        <source>Open risks closed</source>
        <translation>未关闭风险已关闭</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="185"/>
        <source>No risk is open or being mitigated.</source>
        <translation>没有处于开放或缓解中的风险。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="186"/>
        <source>%n risk(s) still open: %1.</source>
        <translation>仍有 %n 个风险未关闭：%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="193"/>
        <source>Requirements delivered</source>
        <translation>需求已交付</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="195"/>
        <source>Every requirement in scope is delivered, accepted or rejected.</source>
        <translation>范围内的所有需求均已交付、验收或拒绝。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="196"/>
        <source>%n requirement(s) not delivered: %1.</source>
        <translation>%n 项需求未交付：%1。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="202"/>
        <source>Client sign-off recorded</source>
        <translation>已记录客户验收</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="203"/>
        <source>Signed off by %1 on %2.</source>
        <translation>由 %1 于 %2 验收。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="206"/>
        <source>Record the client's acceptance of the deliverables.</source>
        <translation>记录客户对可交付成果的验收。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="210"/>
        <source>At least one lesson learned</source>
        <translation>至少一条经验教训</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="211"/>
        <source>%n lesson(s) learned recorded.</source>
        <translation>已记录 %n 条经验教训。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="212"/>
        <source>Record what went well and what to do differently.</source>
        <translation>记录哪些方面做得好，以及哪些方面应改进。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="305"/>
        <location filename="../core/workflow/phasegate.cpp" line="331"/>
        <source>There is no project with id %1.</source>
        <translation>不存在 ID 为 %1 的项目。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="310"/>
        <source>Project “%1” is already closed.</source>
        <translation>项目“%1”已关闭。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="316"/>
        <source>Advance project %1 to %2</source>
        <translation>将项目 %1 推进到%2</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="334"/>
        <source>Project “%1” is in its first phase; there is no phase to go back to.</source>
        <translation>项目“%1”处于第一个阶段；没有可退回的阶段。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="336"/>
        <source>Say why project “%1” goes back to %2.</source>
        <translation>请说明项目“%1”退回到%2的原因。</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="338"/>
        <source>Move project %1 back to %2</source>
        <translation>将项目 %1 退回到%2</translation>
    </message>
    <message>
        <location filename="../core/workflow/phasegate.cpp" line="345"/>
        <source>Phase moved back from %1 to %2</source>
        <translation>阶段已从%1退回到%2</translation>
    </message>
</context>
<context>
    <name>Keel::PhaseStepper</name>
    <message>
        <location filename="../ui/phasestepper.cpp" line="21"/>
        <source>Project phase</source>
        <translation>项目阶段</translation>
    </message>
</context>
<context>
    <name>Keel::PortfolioModel</name>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="119"/>
        <source>A project moves through its phase gates on its Lifecycle tab: double-click to open it.</source>
        <translation>项目在其“生命周期”选项卡上通过阶段关口推进：双击打开。</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="152"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="154"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="156"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="158"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="160"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="162"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="164"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="166"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="204"/>
        <source>Change code of “%1”</source>
        <translation>更改“%1”的代码</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="212"/>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="222"/>
        <source>Set health of “%1” to %2</source>
        <translation>将“%1”的健康状况设为%2</translation>
    </message>
</context>
<context>
    <name>Keel::PortfolioView</name>
    <message>
        <location filename="../ui/portfolioview.cpp" line="40"/>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="44"/>
        <location filename="../ui/portfolioview.cpp" line="45"/>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="50"/>
        <source>Search code, name or client</source>
        <translation>搜索代码、名称或客户</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="51"/>
        <source>Search projects</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="52"/>
        <source>All phases</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="55"/>
        <source>Phase filter</source>
        <translation>阶段筛选</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="60"/>
        <source>Create a project, blank or from a template (Ctrl+Shift+N)</source>
        <translation>创建空白项目或基于模板创建项目（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="67"/>
        <source>Properties…</source>
        <translation>属性…</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="68"/>
        <source>Client, manager, currency, budget, billing, start, calendar and status date of the selected project (Alt+Return)</source>
        <translation>所选项目的客户、经理、货币、预算、计费方式、开始日期、日历和状态日期（Alt+回车）</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="78"/>
        <source>Delete Project…</source>
        <translation>删除项目…</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="79"/>
        <source>Delete the selected project with its plan (Shift+Delete); undo brings it back</source>
        <translation>删除所选项目及其计划（Shift+Delete）；撤销可以恢复</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="88"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="90"/>
        <source>Every change made to the selected project: when, by whom, old and new values</source>
        <translation>所选项目的全部更改：时间、操作人、原值和新值</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="97"/>
        <source>Save as Template…</source>
        <translation>另存为模板…</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="99"/>
        <source>Make the selected project's plan a process template of this workspace</source>
        <translation>将所选项目的计划保存为本工作区的流程模板</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="113"/>
        <location filename="../ui/portfolioview.cpp" line="248"/>
        <source>No projects yet.</source>
        <translation>还没有项目。</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="192"/>
        <location filename="../ui/portfolioview.cpp" line="196"/>
        <source>Delete Project</source>
        <translation>删除项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="197"/>
        <source>Delete %1 “%2” with its %n task(s), risks, requests and documents? Undo brings it back.</source>
        <translation>
            <numerusform>删除 %1“%2”及其 %n 个任务、风险、请求和文档？撤销可以恢复。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="245"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="247"/>
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%n 个项目中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="248"/>
        <source>No projects match the filter.</source>
        <translation>没有符合筛选条件的项目。</translation>
    </message>
</context>
<context>
    <name>Keel::ProcessTemplate</name>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="36"/>
        <source>it is not a Keel process template ("format" must be "keel-process-template").</source>
        <translation>这不是 Keel 流程模板（“format”必须为“keel-process-template”）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="43"/>
        <source>the template needs a "key" and a "name".</source>
        <translation>模板需要“key”和“name”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="48"/>
        <source>unknown billing model "%1".</source>
        <translation>未知的计费方式“%1”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="58"/>
        <source>role %1 needs a "key" and a "name".</source>
        <translation>角色 %1 需要“key”和“name”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="60"/>
        <source>the role "%1" is defined twice.</source>
        <translation>角色“%1”被定义了两次。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="68"/>
        <source>the template has no phases.</source>
        <translation>模板没有阶段。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="73"/>
        <source>phase %1 has no "name".</source>
        <translation>阶段 %1 没有“name”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="82"/>
        <source>task "%1" of phase "%2"</source>
        <translation>阶段“%2”的任务“%1”</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="84"/>
        <source>%1 needs a "key" and a "name".</source>
        <translation>%1 需要“key”和“name”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="86"/>
        <source>the task key "%1" is used twice.</source>
        <translation>任务键“%1”被使用了两次。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="88"/>
        <source>%1: "days" must be between 0 and 2000.</source>
        <translation>%1：“days”必须介于 0 到 2000 之间。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="90"/>
        <source>%1: a task that is not a milestone needs "days".</source>
        <translation>%1：非里程碑任务需要“days”。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="95"/>
        <source>%1: "%2" must be between 0 and 2000.</source>
        <translation>%1：“%2”必须介于 0 到 2000 之间。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="110"/>
        <source>%1: unknown link type "%2" (fs, ss, ff or sf).</source>
        <translation>%1：未知的链接类型“%2”（应为 fs、ss、ff 或 sf）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="112"/>
        <source>%1: unknown lag unit "%2" (working, elapsed or percent).</source>
        <translation>%1：未知的延隔时间单位“%2”（应为 working、elapsed 或 percent）。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="117"/>
        <source>%1: the lag after "%2" must be between -2000 and 2000.</source>
        <translation>%1：“%2”之后的延隔时间必须介于 -2000 到 2000 之间。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="122"/>
        <source>%1: its predecessor "%2" is not a task defined before it.</source>
        <translation>%1：其前置任务“%2”不是在它之前定义的任务。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="130"/>
        <source>%1 needs the role "%2", which the template does not define.</source>
        <translation>%1 需要角色“%2”，但模板中未定义该角色。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="132"/>
        <source>%1: a role needs a level from 1 to 5 and hours that are not negative.</source>
        <translation>%1：角色需要 1 到 5 的级别以及非负的小时数。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="139"/>
        <source>phase "%1" has no tasks.</source>
        <translation>阶段“%1”没有任务。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="149"/>
        <source>A new project needs a name.</source>
        <translation>新项目需要名称。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="151"/>
        <source>A new project needs a start date.</source>
        <translation>新项目需要开始日期。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="153"/>
        <source>The client of the new project does not exist.</source>
        <translation>新项目的客户不存在。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="158"/>
        <source>The code “%1” is already used by project “%2”.</source>
        <translation>代码“%1”已被项目“%2”使用。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="209"/>
        <source>invalid JSON at offset %1: %2.</source>
        <translation>偏移量 %1 处的 JSON 无效：%2。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="211"/>
        <source>the template must be a JSON object.</source>
        <translation>模板必须是 JSON 对象。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="217"/>
        <source>Template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="226"/>
        <source>Template %1 cannot be read: %2</source>
        <translation>无法读取模板 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="256"/>
        <source>New project %1</source>
        <translation>新建项目 %1</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="275"/>
        <source>New project %1 from template %2</source>
        <translation>基于模板 %2 新建项目 %1</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="447"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="603"/>
        <source>Row %1 (“%2”)</source>
        <translation>第 %1 行（“%2”）</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="605"/>
        <source>Row %1 needs a name.</source>
        <translation>第 %1 行需要名称。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="608"/>
        <location filename="../core/workflow/processtemplate.cpp" line="646"/>
        <source>Phase “%1” has no tasks: add one below it or indent the next row.</source>
        <translation>阶段“%1”没有任务：请在其下添加任务，或将下一行降级。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="613"/>
        <source>%1: the first row must be a phase; outdent it.</source>
        <translation>%1：第一行必须是阶段，请将其升级。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="623"/>
        <source>%1: the duration must be between 0 and 2000 days.</source>
        <translation>%1：工期必须介于 0 到 2000 天之间。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="625"/>
        <source>%1: a task that is not a milestone needs a duration; give days or make it a milestone.</source>
        <translation>%1：非里程碑任务需要工期；请填写天数，或将其设为里程碑。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="629"/>
        <source>%1: there is no row %2 to follow.</source>
        <translation>%1：不存在可作为前置的第 %2 行。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="631"/>
        <source>%1: its predecessor, row %2, must be a row above it.</source>
        <translation>%1：其前置任务（第 %2 行）必须位于它的上方。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="633"/>
        <source>%1: row %2 is a phase; a predecessor must be a task.</source>
        <translation>%1：第 %2 行是阶段；前置任务必须是任务。</translation>
    </message>
    <message>
        <location filename="../core/workflow/processtemplate.cpp" line="644"/>
        <source>A template needs at least one phase with a task.</source>
        <translation>模板至少需要一个包含任务的阶段。</translation>
    </message>
</context>
<context>
    <name>Keel::Profitability</name>
    <message>
        <location filename="../core/analytics/profitability.cpp" line="70"/>
        <location filename="../core/analytics/profitability.cpp" line="162"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/analytics/profitability.cpp" line="155"/>
        <source>(no client)</source>
        <translation>（无客户）</translation>
    </message>
</context>
<context>
    <name>Keel::ProgressDialog</name>
    <message>
        <location filename="../ui/progressdialog.cpp" line="72"/>
        <source>Update Tasks</source>
        <translation>更新任务</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="96"/>
        <source>Not scheduled yet.</source>
        <translation>尚未排定进度。</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="97"/>
        <source>Scheduled %1 – %2, duration %3.</source>
        <translation>计划 %1 – %2，工期 %3。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/progressdialog.cpp" line="102"/>
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="103"/>
        <source>What you change here is recorded for every selected task.</source>
        <translation>此处所做的更改将记录到每个所选任务。</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="112"/>
        <source>No one is assigned, so there is no work to complete.</source>
        <translation>未分配任何人员，因此没有可完成的工时。</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="114"/>
        <source>Started</source>
        <translation>已开始</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="115"/>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="135"/>
        <source>unchanged</source>
        <translation>不变</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="141"/>
        <source>Working time still to go, for example 3d or 4h; what is done stays done</source>
        <translation>尚需的工作时间，例如 3d 或 4h；已完成的部分保持不变</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="146"/>
        <source>% &amp;complete:</source>
        <translation>完成百分比(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="147"/>
        <source>% &amp;work complete:</source>
        <translation>工时完成百分比(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="148"/>
        <source>Actual &amp;start:</source>
        <translation>实际开始(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="149"/>
        <source>Actual &amp;finish:</source>
        <translation>实际完成(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="150"/>
        <source>&amp;Remaining duration:</source>
        <translation>剩余工期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="191"/>
        <source>Remaining duration: %1</source>
        <translation>剩余工期：%1</translation>
    </message>
</context>
<context>
    <name>Keel::ProjectHealth</name>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="29"/>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="31"/>
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="33"/>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="85"/>
        <source>behind schedule: SPI %1 is below %2</source>
        <translation>进度落后：SPI %1 低于 %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="86"/>
        <source>slightly behind schedule: SPI %1 is below %2</source>
        <translation>进度略有落后：SPI %1 低于 %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="87"/>
        <source>over budget: CPI %1 is below %2</source>
        <translation>超出预算：CPI %1 低于 %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="88"/>
        <source>slightly over budget: CPI %1 is below %2</source>
        <translation>略超预算：CPI %1 低于 %2</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="96"/>
        <source>%n milestone(s) late</source>
        <translation>%n 个里程碑延误</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="105"/>
        <source>%n open high risk(s) (probability × impact ≥ %1)</source>
        <translation>%n 个未关闭的高风险（概率 × 影响 ≥ %1）</translation>
    </message>
    <message>
        <location filename="../core/analytics/projecthealth.cpp" line="109"/>
        <source>on schedule and on budget, no late milestones or high risks</source>
        <translation>进度和预算均正常，没有延误的里程碑或高风险</translation>
    </message>
</context>
<context>
    <name>Keel::ProjectPlanView</name>
    <message>
        <location filename="../ui/projectplanview.cpp" line="70"/>
        <location filename="../ui/projectplanview.cpp" line="168"/>
        <source>Compare with Baseline</source>
        <translation>与基线比较</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="71"/>
        <location filename="../ui/projectplanview.cpp" line="154"/>
        <source>Track</source>
        <translation>跟踪</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="82"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="120"/>
        <source>Insert a task below the current one</source>
        <translation>在当前任务下方插入一个任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="120"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="122"/>
        <source>Insert a subtask under the current task</source>
        <translation>在当前任务下插入一个子任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="122"/>
        <source>New subtask</source>
        <translation>新建子任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="124"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="124"/>
        <source>Delete the selected tasks</source>
        <translation>删除所选任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="127"/>
        <source>Move the task one level up</source>
        <translation>将任务升高一级</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="127"/>
        <source>Outdent</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="129"/>
        <source>Indent</source>
        <translation>降级</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="129"/>
        <source>Make the task a subtask of the one above</source>
        <translation>使该任务成为上方任务的子任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="131"/>
        <source>Move the task above its previous sibling</source>
        <translation>将任务移到前一个同级任务之上</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="131"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="133"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="133"/>
        <source>Move the task below its next sibling</source>
        <translation>将任务移到下一个同级任务之下</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="136"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="136"/>
        <source>Link the selected tasks finish-to-start</source>
        <translation>以完成-开始方式链接所选任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="138"/>
        <source>Remove the links between the selected tasks</source>
        <translation>删除所选任务之间的链接</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="138"/>
        <source>Unlink</source>
        <translation>取消链接</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="140"/>
        <source>Edit the task's details</source>
        <translation>编辑任务的详细信息</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="140"/>
        <source>Information…</source>
        <translation>信息…</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="142"/>
        <source>Go to a task by WBS code, row number or name</source>
        <translation>按 WBS 代码、行号或名称转到任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="142"/>
        <source>Go to…</source>
        <translation>转到…</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="145"/>
        <source>Show shorter periods in the chart</source>
        <translation>在图表中显示更短的时间段</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="145"/>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="147"/>
        <source>Show longer periods in the chart</source>
        <translation>在图表中显示更长的时间段</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="147"/>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="149"/>
        <source>Print or export the chart</source>
        <translation>打印或导出图表</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="149"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="155"/>
        <source>Record progress, save baselines and compare the plan with them</source>
        <translation>记录进度、保存基线，并将计划与基线比较</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="159"/>
        <source>Update Tasks…</source>
        <translation>更新任务…</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="160"/>
        <source>Record % complete, actual dates and remaining duration of the selected tasks</source>
        <translation>记录所选任务的完成百分比、实际日期和剩余工期</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="162"/>
        <source>Update Project…</source>
        <translation>更新项目…</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="163"/>
        <source>Set the status date and mark the work scheduled through it as done</source>
        <translation>设置状态日期，并将截至该日期计划的工作标记为已完成</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="166"/>
        <source>Baseline…</source>
        <translation>基线…</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="166"/>
        <source>Save or clear a baseline of the project or of the selected tasks</source>
        <translation>保存或清除整个项目或所选任务的基线</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="169"/>
        <source>Choose the baseline that the baseline bars and the variance columns compare with</source>
        <translation>选择基线条形图和差异列所比较的基线</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="178"/>
        <source>Show the baseline and variance columns</source>
        <translation>显示基线列和差异列</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="178"/>
        <source>Variance Columns</source>
        <translation>差异列</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="185"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="190"/>
        <source>Every change made to the current task: when, by whom, old and new values</source>
        <translation>当前任务的全部更改：时间、操作人、原值和新值</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="299"/>
        <location filename="../ui/projectplanview.cpp" line="311"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="299"/>
        <location filename="../ui/projectplanview.cpp" line="311"/>
        <source>Baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="300"/>
        <source>%1 (saved %2)</source>
        <translation>%1（保存于 %2）</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="303"/>
        <source>%1 (not saved)</source>
        <translation>%1（未保存）</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="311"/>
        <source>no baseline saved</source>
        <translation>未保存基线</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="312"/>
        <source>Comparing with: %1</source>
        <translation>当前比较：%1</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="477"/>
        <source>Select two or more tasks to link; they are linked in row order.</source>
        <translation>请选择两个或更多要链接的任务；它们将按行顺序链接。</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="481"/>
        <source>Link tasks</source>
        <translation>链接任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="498"/>
        <source>Unlink tasks</source>
        <translation>取消任务链接</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="550"/>
        <source>Go to task</source>
        <translation>转到任务</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="550"/>
        <source>WBS code, row number or name:</source>
        <translation>WBS 代码、行号或名称：</translation>
    </message>
    <message>
        <location filename="../ui/projectplanview.cpp" line="573"/>
        <source>No task of this project has the WBS code, row number or name “%1”.</source>
        <translation>本项目中没有 WBS 代码、行号或名称为“%1”的任务。</translation>
    </message>
</context>
<context>
    <name>Keel::ProjectPropertiesDialog</name>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="56"/>
        <source>Status date:</source>
        <translation>状态日期：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="61"/>
        <source>Project Properties — %1</source>
        <translation>项目属性 — %1</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="63"/>
        <source>(no client)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="68"/>
        <source>(nobody yet)</source>
        <translation>（尚未指定）</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="103"/>
        <source>The workspace's calendar</source>
        <translation>工作区日历</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="111"/>
        <source>New calendar: %1 public holidays</source>
        <translation>新建日历：%1法定节假日</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="118"/>
        <source>0 to 1000; leveling delays lower priorities first</source>
        <translation>0 到 1000；资源调配时先推迟优先级较低的项目</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="125"/>
        <source>Progress, earned value and the Inbox judge the project as of this day</source>
        <translation>进度、挣值和收件箱均以此日期评估项目</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="131"/>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="132"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="133"/>
        <source>C&amp;lient:</source>
        <translation>客户(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="134"/>
        <source>&amp;Manager:</source>
        <translation>经理(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="135"/>
        <source>&amp;Finish:</source>
        <translation>完成(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="135"/>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="136"/>
        <source>Calend&amp;ar:</source>
        <translation>日历(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="137"/>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="141"/>
        <source>Exchange rates…</source>
        <translation>汇率…</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="142"/>
        <source>The reporting currency and the exchange rates portfolio totals are converted at</source>
        <translation>报表货币，以及项目组合合计换算所用的汇率</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="151"/>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="154"/>
        <source>&amp;Billing:</source>
        <translation>计费方式(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="155"/>
        <source>Con&amp;tract value:</source>
        <translation>合同金额(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="156"/>
        <source>Bu&amp;dget (cost):</source>
        <translation>预算（成本）(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="157"/>
        <source>&amp;Retainer a month:</source>
        <translation>每月预付费(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="158"/>
        <source>Sc&amp;ope:</source>
        <translation>范围(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="159"/>
        <source>D&amp;escription:</source>
        <translation>说明(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="201"/>
        <source>“%1” is not an ISO 4217 currency code such as EUR or CNY.</source>
        <translation>“%1”不是 ISO 4217 货币代码（例如 EUR 或 CNY）。</translation>
    </message>
    <message>
        <location filename="../ui/projectpropertiesdialog.cpp" line="213"/>
        <source>“%1” is not an amount in %2 of 0 or more, such as 120000.00.</source>
        <translation>“%1”不是不小于 0 的 %2 金额，例如 120000.00。</translation>
    </message>
</context>
<context>
    <name>Keel::ProjectSnapshot</name>
    <message>
        <location filename="../core/schedule/projectsnapshot.cpp" line="231"/>
        <source>Schedule</source>
        <translation>进度</translation>
    </message>
</context>
<context>
    <name>Keel::ProjectSummary</name>
    <message>
        <location filename="../ui/projectsummary.cpp" line="20"/>
        <source>Select a project to see its summary.</source>
        <translation>选择一个项目以查看其概要。</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="40"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="41"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="42"/>
        <source>Manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="43"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="44"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="45"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="46"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="47"/>
        <source>Contract value</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="48"/>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="49"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="92"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/projectsummary.cpp" line="104"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>Keel::ProjectTimelineModel</name>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="267"/>
        <source>%1 priority</source>
        <translation>%1优先级</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="269"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="283"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="287"/>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/projecttimelinemodel.cpp" line="289"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n 个版本</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="293"/>
        <source>visible to the client</source>
        <translation>客户可见</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="316"/>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="318"/>
        <source>%1  %2 of 5</source>
        <translation>%1  %2/5</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="364"/>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="372"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="403"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="405"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="407"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="409"/>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelinemodel.cpp" line="411"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>Keel::ProjectTimelineView</name>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="58"/>
        <source>New Request…</source>
        <translation>新建请求…</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="59"/>
        <source>Log Communication…</source>
        <translation>记录沟通…</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="60"/>
        <source>Record Rating…</source>
        <translation>记录评分…</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="62"/>
        <source>Attach Document…</source>
        <translation>附加文档…</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="63"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="64"/>
        <source>New Version…</source>
        <translation>新版本…</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="65"/>
        <source>Record a question, change request or issue from the client</source>
        <translation>记录客户提出的问题、变更请求或问题报告</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="66"/>
        <source>Log an e-mail, meeting, call or note</source>
        <translation>记录电子邮件、会议、电话或备注</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="67"/>
        <source>Record how satisfied the client is</source>
        <translation>记录客户的满意程度</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="68"/>
        <source>Store a file in the workspace as a new document of the project</source>
        <translation>将文件作为项目的新文档存储到工作区中</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="69"/>
        <source>Open the selected document version</source>
        <translation>打开所选文档版本</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="70"/>
        <source>Store a file as the next version of the selected document</source>
        <translation>将文件存储为所选文档的下一个版本</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="74"/>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="81"/>
        <source>Show or hide this kind of entry</source>
        <translation>显示或隐藏此类条目</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="156"/>
        <source>Communication (%1)</source>
        <translation>沟通记录（%1）</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="156"/>
        <source>Documents (%1)</source>
        <translation>文档（%1）</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="156"/>
        <source>Requests (%1)</source>
        <translation>请求（%1）</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="157"/>
        <source>Ratings (%1)</source>
        <translation>评分（%1）</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="165"/>
        <source>Select a project to see its client timeline.</source>
        <translation>选择一个项目以查看其客户时间线。</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="167"/>
        <source>This client has no projects yet.</source>
        <translation>该客户还没有项目。</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="169"/>
        <source>Nothing recorded yet: add a request, log a conversation or attach a document.</source>
        <translation>尚无任何记录：请添加请求、记录沟通或附加文档。</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="224"/>
        <source>Choose Project</source>
        <translation>选择项目</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="224"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="243"/>
        <source>New request “%1”</source>
        <translation>新建请求“%1”</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="262"/>
        <source>Log “%1”</source>
        <translation>记录“%1”</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="279"/>
        <source>Record a rating of %1</source>
        <translation>记录评分 %1</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="326"/>
        <source>Attach Document</source>
        <translation>附加文档</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="355"/>
        <source>No application is set up to open “%1”.</source>
        <translation>没有设置用于打开“%1”的应用程序。</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="363"/>
        <location filename="../ui/projecttimelineview.cpp" line="368"/>
        <source>New Version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="368"/>
        <source>What changed (optional):</source>
        <translation>变更内容（可选）：</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="410"/>
        <source>Edit request “%1”</source>
        <translation>编辑请求“%1”</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="420"/>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="429"/>
        <source>Edit a rating</source>
        <translation>编辑评分</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="440"/>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="473"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="477"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/projecttimelineview.cpp" line="490"/>
        <source>Keel</source>
        <translation>Keel</translation>
    </message>
</context>
<context>
    <name>Keel::ProjectsView</name>
    <message>
        <location filename="../ui/projectsview.cpp" line="33"/>
        <location filename="../ui/projectsview.cpp" line="53"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="55"/>
        <source>Search projects</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="62"/>
        <source>Project list</source>
        <translation>项目列表</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="67"/>
        <source>Show or hide the project list (%1)</source>
        <translation>显示或隐藏项目列表（%1）</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="76"/>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="77"/>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="78"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="79"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="80"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/projectsview.cpp" line="113"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::PsplibReader</name>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="65"/>
        <source>expected %1, found '%2'</source>
        <translation>应为 %1，实际为“%2”</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="80"/>
        <source>expected a non-negative number after the colon</source>
        <translation>冒号后应为非负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="97"/>
        <source>%1: cannot open: %2</source>
        <translation>%1：无法打开：%2</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="116"/>
        <source>no line 'jobs (incl. supersource/sink ):'; not a PSPLIB single-mode file</source>
        <translation>没有“jobs (incl. supersource/sink ):”行；不是 PSPLIB 单模式文件</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="123"/>
        <source>expected at least one job</source>
        <translation>应至少有一个作业</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="130"/>
        <source>no line '- renewable :' giving the number of renewable resources</source>
        <translation>没有给出可再生资源数量的“- renewable :”行</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="140"/>
        <source>no 'PRECEDENCE RELATIONS:' section</source>
        <translation>没有“PRECEDENCE RELATIONS:”部分</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="149"/>
        <source>expected the precedence line of job %1 of %2</source>
        <translation>应为作业 %1（共 %2 个）的紧前关系行</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="152"/>
        <source>a job number, mode count, successor count and successors</source>
        <translation>作业编号、模式数、后继数及后继作业</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="155"/>
        <source>expected the precedence line of job %1 (job number, modes, successor count, successors)</source>
        <translation>应为作业 %1 的紧前关系行（作业编号、模式数、后继数、后继作业）</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="159"/>
        <source>job %1 has %2 modes; only single-mode (.sm) instances are supported</source>
        <translation>作业 %1 有 %2 种模式；仅支持单模式（.sm）实例</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="163"/>
        <source>job %1 announces %2 successors but lists %3</source>
        <translation>作业 %1 声明有 %2 个后继，但列出了 %3 个</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="168"/>
        <source>job %1 names successor %2, which is not another job of 1..%3</source>
        <translation>作业 %1 指定的后继 %2 不是 1..%3 中的另一个作业</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="178"/>
        <source>no 'REQUESTS/DURATIONS:' section</source>
        <translation>没有“REQUESTS/DURATIONS:”部分</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="190"/>
        <source>expected the duration and requests of job %1 of %2</source>
        <translation>应为作业 %1（共 %2 个）的工期和资源需求</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="193"/>
        <source>a job number, mode, duration and resource requests</source>
        <translation>作业编号、模式、工期和资源需求</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="196"/>
        <source>expected job %1, mode 1, a duration and %2 renewable requests</source>
        <translation>应为作业 %1、模式 1、工期以及 %2 个可再生资源需求</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="200"/>
        <source>job %1 has a negative duration</source>
        <translation>作业 %1 的工期为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="206"/>
        <source>job %1 requests a negative amount of resource R %2</source>
        <translation>作业 %1 对资源 R %2 的需求量为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="216"/>
        <source>no 'RESOURCEAVAILABILITIES:' section with a line of capacities</source>
        <translation>没有包含容量行的“RESOURCEAVAILABILITIES:”部分</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="219"/>
        <source>resource capacities</source>
        <translation>资源容量</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="222"/>
        <source>expected %1 renewable capacities, found %2</source>
        <translation>应有 %1 个可再生资源容量，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../core/schedule/psplibreader.cpp" line="227"/>
        <source>resource R %1 has a negative capacity</source>
        <translation>资源 R %1 的容量为负数</translation>
    </message>
</context>
<context>
    <name>Keel::RatingDialog</name>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="22"/>
        <source>Record Rating</source>
        <translation>记录评分</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="23"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="23"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="23"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="23"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="24"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="30"/>
        <source>What the client said</source>
        <translation>客户的反馈</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="33"/>
        <source>&amp;Score:</source>
        <translation>分数(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="34"/>
        <source>&amp;Given by:</source>
        <translation>评价人(&amp;G)：</translation>
    </message>
    <message>
        <location filename="../ui/ratingdialog.cpp" line="35"/>
        <source>&amp;Comment:</source>
        <translation>备注(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>Keel::RcpspProblem</name>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="152"/>
        <source>job %1 has a negative duration</source>
        <translation>作业 %1 的工期为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="154"/>
        <source>job %1 has a negative release date</source>
        <translation>作业 %1 的释放时间为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="156"/>
        <source>job %1 is fixed at a negative start</source>
        <translation>作业 %1 被固定在负的开始时间</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="160"/>
        <source>job %1 uses calendar %2, which does not exist</source>
        <translation>作业 %1 使用的日历 %2 不存在</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="166"/>
        <source>resource %1 has a negative capacity</source>
        <translation>资源 %1 的容量为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="169"/>
        <source>resource %1 has a negative capacity in its profile</source>
        <translation>资源 %1 的容量曲线中有负值</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="176"/>
        <source>a request names job %1 and resource %2, which do not exist</source>
        <translation>某项需求指定的作业 %1 和资源 %2 不存在</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="180"/>
        <source>job %1 requests a negative amount of resource %2</source>
        <translation>作业 %1 对资源 %2 的需求量为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="188"/>
        <source>job %1 needs %2 units of resource %3, which never has more than %4</source>
        <translation>作业 %1 需要 %2 个单位的资源 %3，但该资源最多只有 %4 个</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="203"/>
        <source>a link joins job %1 and job %2, which do not exist</source>
        <translation>某个链接连接的作业 %1 和作业 %2 不存在</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="205"/>
        <source>job %1 is linked to itself</source>
        <translation>作业 %1 链接到了自身</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="284"/>
        <location filename="../core/schedule/rcpspproblem.cpp" line="302"/>
        <source>the schedule would span more than %1 periods; use longer periods</source>
        <translation>进度计划将超过 %1 个时段；请使用更长的时段</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="327"/>
        <source>resource %1 has no capacity for the work requested of it</source>
        <translation>资源 %1 没有容量完成分配给它的工作</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="367"/>
        <source>job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="371"/>
        <source>dependency cycle: %1</source>
        <translation>依赖循环：%1</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="457"/>
        <source>expected %1 start times, got %2</source>
        <translation>应有 %1 个开始时间，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="469"/>
        <location filename="../core/schedule/rcpspproblem.cpp" line="505"/>
        <source>job %1 starts before period 0</source>
        <translation>作业 %1 在时段 0 之前开始</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="471"/>
        <location filename="../core/schedule/rcpspproblem.cpp" line="507"/>
        <source>job %1 starts at %2, before its release date %3</source>
        <translation>作业 %1 在 %2 开始，早于其释放时间 %3</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="473"/>
        <location filename="../core/schedule/rcpspproblem.cpp" line="509"/>
        <source>fixed job %1 moved from %2 to %3</source>
        <translation>固定作业 %1 从 %2 移到了 %3</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="477"/>
        <source>job %1 starts at %2, but its link from job %3 needs %4 or later</source>
        <translation>作业 %1 在 %2 开始，但来自作业 %3 的链接要求不早于 %4</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="521"/>
        <source>job %1 starts at %2 and finishes at %3, which its link from job %4 does not allow</source>
        <translation>作业 %1 于 %2 开始、%3 结束，违反了来自作业 %4 的依赖关系</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="561"/>
        <source>resource %1 is over capacity in period %2 (%3 &gt; %4)</source>
        <translation>资源 %1 在时段 %2 超出容量（%3 &gt; %4）</translation>
    </message>
</context>
<context>
    <name>Keel::RecordJson</name>
    <message>
        <location filename="../core/model/recordjson.cpp" line="90"/>
        <source>it must be an array of 7 days, Monday first, each null (inherited) or [[start, end], …] in minutes after midnight</source>
        <translation>必须是从星期一开始的 7 天数组，每天为 null（继承）或 [[开始, 结束], …]（午夜后的分钟数）</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="93"/>
        <source>day %1: null or working intervals [[start, end], …] in minutes after midnight (0–1440), each ending after it starts</source>
        <translation>第 %1 天：应为 null 或工作时段 [[开始, 结束], …]（午夜后的分钟数，0–1440），且每段结束晚于开始</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="104"/>
        <source>it must be an array of objects</source>
        <translation>必须是对象数组</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="119"/>
        <source>item %1</source>
        <translation>第 %1 项</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="121"/>
        <source>%1: an object with %2</source>
        <translation>%1：应为包含 %2 的对象</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="125"/>
        <source>%1: “%2” is not a key of it (expected %3)</source>
        <translation>%1：“%2”不是有效的键（应为 %3）</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="134"/>
        <source>%1: “from” must be a date such as 2026-03-02, or null for always</source>
        <translation>%1：“from”必须是日期（如 2026-03-02），或 null 表示始终有效</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="140"/>
        <source>%1: “units” must be a number from 0 to 100 (1 is one person full time)</source>
        <translation>%1：“units”必须是 0 到 100 之间的数（1 表示一人全职）</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="148"/>
        <source>%1: “%2” must be minor units per hour, a whole number of 0 or more</source>
        <translation>%1：“%2”必须是每小时的最小货币单位数，即不小于 0 的整数</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="155"/>
        <source>%1: “%2” must be a date such as 2026-03-02</source>
        <translation>%1：“%2”必须是日期，例如 2026-03-02</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="159"/>
        <source>%1: “name” must be text</source>
        <translation>%1：“name”必须是文本</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="161"/>
        <source>%1: “intervals” must be null (a day off) or [[start, end], …] in minutes after midnight</source>
        <translation>%1：“intervals”必须是 null（休息日）或 [[开始, 结束], …]（午夜后的分钟数）</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="164"/>
        <source>%1: “%2” must be a whole number</source>
        <translation>%1：“%2”必须是整数</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="258"/>
        <source>Field “%1”: expected %2.</source>
        <translation>字段“%1”：应为%2。</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="267"/>
        <source>an id (a UUID string) or null</source>
        <translation>id（UUID 字符串）或 null</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="272"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="276"/>
        <source>one of %1</source>
        <translation>以下之一：%1</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="281"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="286"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="290"/>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="297"/>
        <source>a date such as 2026-03-02 or 2026-03-02T09:00, or null</source>
        <translation>日期，如 2026-03-02 或 2026-03-02T09:00，或 null</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="306"/>
        <source>an amount in %1 (the record's currency), not %2</source>
        <translation>以 %1（记录的货币）表示的金额，而不是 %2</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="311"/>
        <source>minor units of %1 as a whole number, or {"minor": N, "currency": "%1"}</source>
        <translation>以 %1 最小单位表示的整数，或 {"minor": N, "currency": "%1"}</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="316"/>
        <source>a JSON array or object</source>
        <translation>JSON 数组或对象</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="321"/>
        <source>Field “%1”, %2.</source>
        <translation>字段“%1”，%2。</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="329"/>
        <location filename="../core/model/recordjson.cpp" line="332"/>
        <source>base64 text</source>
        <translation>base64 文本</translation>
    </message>
    <message>
        <location filename="../core/model/recordjson.cpp" line="336"/>
        <source>a value</source>
        <translation>一个值</translation>
    </message>
</context>
<context>
    <name>Keel::Report</name>
    <message>
        <location filename="../core/report/clientreport.cpp" line="19"/>
        <source>Project progress report</source>
        <translation>项目进展报告</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="20"/>
        <source>%1 · prepared for %2 · as of %3</source>
        <translation>%1 · 为%2编制 · 截至 %3</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="40"/>
        <location filename="../core/report/evmreport.cpp" line="36"/>
        <location filename="../core/report/portfolioreport.cpp" line="58"/>
        <location filename="../core/report/profitabilityreport.cpp" line="37"/>
        <location filename="../core/report/reportexport.cpp" line="319"/>
        <location filename="../core/report/risksreport.cpp" line="51"/>
        <location filename="../core/report/statusreport.cpp" line="94"/>
        <location filename="../core/report/utilizationreport.cpp" line="37"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="43"/>
        <location filename="../core/report/clientreport.cpp" line="70"/>
        <source>Progress</source>
        <translation>进展</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="43"/>
        <source>of the planned work done</source>
        <translation>的计划工作已完成</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="44"/>
        <source>Planned completion</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="44"/>
        <source>as agreed</source>
        <translation>按约定</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="45"/>
        <source>Expected completion</source>
        <translation>预计完成</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="45"/>
        <source>current schedule</source>
        <translation>按当前进度</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="47"/>
        <source>Milestones reached</source>
        <translation>已达成的里程碑</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="48"/>
        <location filename="../core/report/statusreport.cpp" line="255"/>
        <source>Open requests</source>
        <translation>未结请求</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="49"/>
        <location filename="../core/report/portfolioreport.cpp" line="127"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="57"/>
        <location filename="../core/report/statusreport.cpp" line="35"/>
        <location filename="../core/report/statusreport.cpp" line="121"/>
        <source>Milestones</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="64"/>
        <source>Deliverables and activities</source>
        <translation>可交付成果与活动</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="66"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="67"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="68"/>
        <location filename="../core/report/statusreport.cpp" line="133"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="69"/>
        <location filename="../core/report/statusreport.cpp" line="134"/>
        <location filename="../core/report/statusreport.cpp" line="190"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="71"/>
        <location filename="../core/report/clientreport.cpp" line="102"/>
        <location filename="../core/report/risksreport.cpp" line="74"/>
        <location filename="../core/report/statusreport.cpp" line="40"/>
        <location filename="../core/report/statusreport.cpp" line="228"/>
        <location filename="../core/report/statusreport.cpp" line="268"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="79"/>
        <location filename="../core/report/statusreport.cpp" line="52"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="81"/>
        <location filename="../core/report/statusreport.cpp" line="54"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="83"/>
        <location filename="../core/report/reportcontext.cpp" line="84"/>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="85"/>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="92"/>
        <source>No activities are shared in this report.</source>
        <translation>本报告中没有共享的活动。</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="97"/>
        <source>Your requests</source>
        <translation>您的请求</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="99"/>
        <location filename="../core/report/statusreport.cpp" line="264"/>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="100"/>
        <location filename="../core/report/statusreport.cpp" line="265"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="101"/>
        <location filename="../core/report/statusreport.cpp" line="266"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="103"/>
        <source>Raised</source>
        <translation>提出</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="104"/>
        <source>Answered</source>
        <translation>答复</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="105"/>
        <source>Resolved</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../core/report/clientreport.cpp" line="116"/>
        <source>No requests yet.</source>
        <translation>还没有请求。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/clientreport.cpp" line="121"/>
        <source>Your feedback: %1 of 5 on average over %n rating(s). Thank you.</source>
        <translation>
            <numerusform>您的反馈：共 %n 次评分，平均 %1 分（满分 5 分）。谢谢！</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="30"/>
        <source>Earned value analysis</source>
        <translation>挣值分析</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="31"/>
        <location filename="../core/report/statusreport.cpp" line="89"/>
        <source>%1 · %2 · status date %3</source>
        <translation>%1 · %2 · 状态日期 %3</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="39"/>
        <source>Budget at completion</source>
        <translation>完工预算</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="39"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="39"/>
        <source>current plan, no baseline</source>
        <translation>当前计划，无基线</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="40"/>
        <source> of BAC</source>
        <translation>（占 BAC）</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="40"/>
        <source>Planned value</source>
        <translation>计划价值</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="41"/>
        <source> complete</source>
        <translation> 已完成</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="41"/>
        <source>Earned value</source>
        <translation>挣值</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="42"/>
        <source> of BAC spent</source>
        <translation>（BAC 已支出）</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="42"/>
        <location filename="../core/report/statusreport.cpp" line="111"/>
        <source>Actual cost</source>
        <translation>实际成本</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="43"/>
        <source>SV %1</source>
        <translation>SV %1</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="43"/>
        <source>Schedule performance (SPI)</source>
        <translation>进度绩效（SPI）</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="44"/>
        <source>CV %1</source>
        <translation>CV %1</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="44"/>
        <source>Cost performance (CPI)</source>
        <translation>成本绩效（CPI）</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="45"/>
        <location filename="../core/report/statusreport.cpp" line="109"/>
        <source>Estimate at completion</source>
        <translation>完工估算</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="45"/>
        <source>VAC %1</source>
        <translation>VAC %1</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="46"/>
        <location filename="../core/report/evmreport.cpp" line="99"/>
        <location filename="../core/report/portfolioreport.cpp" line="133"/>
        <location filename="../core/report/reportcharts.cpp" line="58"/>
        <location filename="../core/report/statusreport.cpp" line="106"/>
        <source>Forecast finish</source>
        <translation>预测完成</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="46"/>
        <location filename="../core/report/statusreport.cpp" line="106"/>
        <source>planned %1</source>
        <translation>计划 %1</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="52"/>
        <source>The project has no baseline: the current plan stands in for it, so the planned value moves whenever the plan does.</source>
        <translation>该项目没有基线：以当前计划代替基线，因此计划价值会随计划变动。</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="59"/>
        <location filename="../core/report/evmreport.cpp" line="61"/>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="62"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="63"/>
        <location filename="../core/report/evmreport.cpp" line="107"/>
        <source>Formula</source>
        <translation>公式</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="64"/>
        <location filename="../core/report/reportexport.cpp" line="354"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="65"/>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="75"/>
        <source>budget at completion</source>
        <translation>完工预算</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="75"/>
        <source>Σ baseline cost</source>
        <translation>Σ 基线成本</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="76"/>
        <source>baseline, time-phased</source>
        <translation>按时间分布的基线</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="76"/>
        <source>value of the work planned by the status date</source>
        <translation>截至状态日期计划完成工作的价值</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="77"/>
        <source>value of the work done</source>
        <translation>已完成工作的价值</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="77"/>
        <source>Σ budget × % complete</source>
        <translation>Σ 预算 × 完成百分比</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="78"/>
        <source>time × rate + expenses</source>
        <translation>工时 × 费率 + 费用</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="78"/>
        <source>what the work done cost</source>
        <translation>已完成工作的实际花费</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="79"/>
        <source>schedule variance in money</source>
        <translation>以金额计的进度偏差</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="80"/>
        <source>cost variance</source>
        <translation>成本偏差</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="81"/>
        <source>work done per work planned</source>
        <translation>已完成工作与计划工作之比</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="82"/>
        <source>value earned per money spent</source>
        <translation>每单位花费所挣得的价值</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="83"/>
        <source>estimate at completion</source>
        <translation>完工估算</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="83"/>
        <source>see below</source>
        <translation>见下文</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="84"/>
        <source>estimate to complete</source>
        <translation>完工尚需估算</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="85"/>
        <source>variance at completion</source>
        <translation>完工偏差</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="86"/>
        <source>TCPI (BAC)</source>
        <translation>TCPI（BAC）</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="87"/>
        <source>efficiency needed from now on to finish within the budget</source>
        <translation>从现在起为在预算内完工所需的效率</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="89"/>
        <source>TCPI (EAC)</source>
        <translation>TCPI（EAC）</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="90"/>
        <source>efficiency needed to meet the estimate at completion</source>
        <translation>达到完工估算所需的效率</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="91"/>
        <source>earned schedule, working days from the planned start</source>
        <translation>挣得进度，自计划开始起的工作日数</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="91"/>
        <source>time PV reached EV</source>
        <translation>PV 达到 EV 的时间</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="92"/>
        <source>actual time, working days</source>
        <translation>实际时间，工作日</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="92"/>
        <source>status date − start</source>
        <translation>状态日期 − 开始</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="93"/>
        <source>planned duration, working days</source>
        <translation>计划工期，工作日</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="93"/>
        <source>planned finish − start</source>
        <translation>计划完成 − 开始</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="94"/>
        <source>schedule variance in working days</source>
        <translation>以工作日计的进度偏差</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="95"/>
        <source>time-based schedule performance</source>
        <translation>基于时间的进度绩效</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="96"/>
        <source>forecast duration, working days</source>
        <translation>预测工期，工作日</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="98"/>
        <source>schedule efficiency needed to finish on time</source>
        <translation>按时完工所需的进度效率</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="99"/>
        <source>start + IEAC(t)</source>
        <translation>开始 + IEAC(t)</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="100"/>
        <source>planned finish %1</source>
        <translation>计划完成 %1</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="104"/>
        <source>EAC</source>
        <translation>EAC</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="105"/>
        <source>Estimates at completion</source>
        <translation>完工估算</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="106"/>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="108"/>
        <source>EAC (%1)</source>
        <translation>EAC（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="109"/>
        <source>VAC (%1)</source>
        <translation>VAC（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="110"/>
        <source>TCPI</source>
        <translation>TCPI</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="116"/>
        <source>cost efficiency so far continues</source>
        <translation>延续迄今的成本效率</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="117"/>
        <source>remaining work at the budgeted rate</source>
        <translation>剩余工作按预算费率</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="118"/>
        <source>cost and schedule efficiency both weigh</source>
        <translation>同时考虑成本和进度效率</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="119"/>
        <source>AC + bottom-up ETC</source>
        <translation>AC + 自下而上的 ETC</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="119"/>
        <source>bottom-up estimate of the remaining work</source>
        <translation>剩余工作的自下而上估算</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="125"/>
        <location filename="../core/report/profitabilityreport.cpp" line="160"/>
        <location filename="../core/report/utilizationreport.cpp" line="125"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="127"/>
        <location filename="../core/report/profitabilityreport.cpp" line="159"/>
        <location filename="../core/report/utilizationreport.cpp" line="124"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="128"/>
        <location filename="../core/report/profitabilityreport.cpp" line="161"/>
        <location filename="../core/report/utilizationreport.cpp" line="126"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="129"/>
        <location filename="../core/report/evmreport.cpp" line="173"/>
        <source>PV</source>
        <translation>PV</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="130"/>
        <location filename="../core/report/evmreport.cpp" line="174"/>
        <source>EV</source>
        <translation>EV</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="131"/>
        <location filename="../core/report/evmreport.cpp" line="175"/>
        <source>AC</source>
        <translation>AC</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="132"/>
        <source>Cum. PV</source>
        <translation>累计 PV</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="133"/>
        <source>Cum. EV</source>
        <translation>累计 EV</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="134"/>
        <source>Cum. AC</source>
        <translation>累计 AC</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="135"/>
        <location filename="../core/report/evmreport.cpp" line="178"/>
        <location filename="../core/report/portfolioreport.cpp" line="108"/>
        <location filename="../core/report/portfolioreport.cpp" line="130"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="136"/>
        <location filename="../core/report/evmreport.cpp" line="179"/>
        <location filename="../core/report/portfolioreport.cpp" line="109"/>
        <location filename="../core/report/portfolioreport.cpp" line="131"/>
        <source>CPI</source>
        <translation>CPI</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="165"/>
        <source>By task</source>
        <translation>按任务</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="167"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="169"/>
        <location filename="../core/report/statusreport.cpp" line="131"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="170"/>
        <location filename="../core/report/statusreport.cpp" line="132"/>
        <location filename="../core/report/statusreport.cpp" line="188"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="171"/>
        <location filename="../core/report/statusreport.cpp" line="135"/>
        <location filename="../core/report/statusreport.cpp" line="191"/>
        <source>% done</source>
        <translation>完成 %</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="172"/>
        <location filename="../core/report/reportcharts.cpp" line="59"/>
        <source>BAC</source>
        <translation>BAC</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="176"/>
        <source>SV</source>
        <translation>SV</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="177"/>
        <source>CV</source>
        <translation>CV</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="190"/>
        <location filename="../core/report/portfolioreport.cpp" line="125"/>
        <location filename="../core/report/portfolioreport.cpp" line="157"/>
        <location filename="../core/report/profitabilityreport.cpp" line="122"/>
        <location filename="../core/report/reportexport.cpp" line="337"/>
        <location filename="../core/report/risksreport.cpp" line="69"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="194"/>
        <source>The project has no budgeted tasks.</source>
        <translation>该项目没有编制预算的任务。</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="198"/>
        <source>A task's AC is the time logged on it at the cost rates plus its fixed cost; the project's AC also counts its expenses (%1).</source>
        <translation>任务的 AC 为其登记工时按成本费率计算的金额加上固定成本；项目的 AC 还包括其费用（%1）。</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="25"/>
        <source>Portfolio overview</source>
        <translation>项目组合概览</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="26"/>
        <source>%n open project(s) · as of %1</source>
        <translation>
            <numerusform>%n 个进行中的项目 · 截至 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="60"/>
        <source>Open projects</source>
        <translation>进行中的项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="61"/>
        <source>%n closed</source>
        <translation>
            <numerusform>%n 个已关闭</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="62"/>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="62"/>
        <source>need action</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="64"/>
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="64"/>
        <source>to watch</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="66"/>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="66"/>
        <location filename="../core/report/statusreport.cpp" line="56"/>
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="72"/>
        <source>Budget / EAC (%1)</source>
        <translation>预算 / EAC（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="73"/>
        <source>EAC %1</source>
        <translation>EAC %1</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="88"/>
        <location filename="../core/report/portfolioreport.cpp" line="92"/>
        <source>Budget / EAC, all (%1)</source>
        <translation>预算 / 完工估算，合计（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="89"/>
        <source>EAC %1 at the rates of %2</source>
        <translation>完工估算 %1，按 %2 的汇率</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="93"/>
        <location filename="../core/report/profitabilityreport.cpp" line="65"/>
        <source>no exchange rate for %1</source>
        <translation>%1 没有汇率</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="95"/>
        <location filename="../core/report/portfolioreport.cpp" line="154"/>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="95"/>
        <source>deadline or budget</source>
        <translation>截止日期或预算</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="97"/>
        <location filename="../core/report/statusreport.cpp" line="258"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="98"/>
        <location filename="../core/report/statusreport.cpp" line="259"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n 次评分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="100"/>
        <location filename="../core/report/statusreport.cpp" line="256"/>
        <source>Median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="101"/>
        <source>days; %n open request(s)</source>
        <translation>
            <numerusform>天；%n 个未结请求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="106"/>
        <source>Schedule and cost performance by project</source>
        <translation>各项目的进度和成本绩效</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="121"/>
        <location filename="../core/report/portfolioreport.cpp" line="123"/>
        <location filename="../core/report/profitabilityreport.cpp" line="118"/>
        <location filename="../core/report/profitabilityreport.cpp" line="120"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="126"/>
        <location filename="../core/report/profitabilityreport.cpp" line="123"/>
        <location filename="../core/report/profitabilityreport.cpp" line="152"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="128"/>
        <location filename="../core/report/statusreport.cpp" line="99"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="129"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="132"/>
        <location filename="../core/report/reportcharts.cpp" line="56"/>
        <source>Planned finish</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="134"/>
        <source>EAC / budget</source>
        <translation>EAC / 预算</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="135"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="149"/>
        <source>No open projects.</source>
        <translation>没有进行中的项目。</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="156"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="158"/>
        <source>Concern</source>
        <translation>关注点</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="159"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="163"/>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="163"/>
        <source>deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="166"/>
        <source>No project is forecast to miss its deadline or overrun its budget.</source>
        <translation>没有项目预计会错过截止日期或超出预算。</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="172"/>
        <source>Client satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="175"/>
        <source>Average rating by month</source>
        <translation>各月平均评分</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="180"/>
        <source>Average rating (1–5)</source>
        <translation>平均评分（1–5）</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="188"/>
        <location filename="../core/report/portfolioreport.cpp" line="190"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="189"/>
        <location filename="../core/report/risksreport.cpp" line="73"/>
        <location filename="../core/report/statusreport.cpp" line="227"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="191"/>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="31"/>
        <source>Profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="42"/>
        <source>Revenue (%1)</source>
        <translation>收入（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="43"/>
        <source>Cost (%1)</source>
        <translation>成本（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="44"/>
        <source>labour %1, expenses %2</source>
        <translation>人工 %1，费用 %2</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="47"/>
        <source>Margin (%1)</source>
        <translation>利润（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="49"/>
        <source>Margin % (%1)</source>
        <translation>利润率 %（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="53"/>
        <location filename="../core/report/profitabilityreport.cpp" line="79"/>
        <location filename="../core/report/profitabilityreport.cpp" line="103"/>
        <location filename="../core/report/profitabilityreport.cpp" line="126"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="53"/>
        <source>nothing in the period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="59"/>
        <source>Revenue, all (%1)</source>
        <translation>收入，合计（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="60"/>
        <source>converted at the rate of each month</source>
        <translation>按各月汇率折算</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="61"/>
        <source>Margin, all (%1)</source>
        <translation>毛利，合计（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="64"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="76"/>
        <source>Revenue, cost and margin by month (%1)</source>
        <translation>各月收入、成本和利润（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="80"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="81"/>
        <location filename="../core/report/profitabilityreport.cpp" line="106"/>
        <location filename="../core/report/profitabilityreport.cpp" line="129"/>
        <source>Margin</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="94"/>
        <source>Revenue: time and materials at the bill rates of the day plus billable expenses; fixed fee by earned value (percent of completion × contract value); retainers per month. Cost: time at the cost rates of the day plus all expenses.</source>
        <translation>收入：工时和材料项目按当日计费费率计算并加上可计费费用；固定价格项目按挣值（完成百分比 × 合同金额）计算；预付费项目按月计算。成本：工时按当日成本费率计算并加上全部费用。</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="102"/>
        <location filename="../core/report/profitabilityreport.cpp" line="125"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="104"/>
        <location filename="../core/report/profitabilityreport.cpp" line="127"/>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="105"/>
        <location filename="../core/report/profitabilityreport.cpp" line="128"/>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="107"/>
        <location filename="../core/report/profitabilityreport.cpp" line="130"/>
        <source>Margin %</source>
        <translation>利润率</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="124"/>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="143"/>
        <source>No projects in scope.</source>
        <translation>范围内没有项目。</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="148"/>
        <source>Clients and months</source>
        <translation>客户与月份</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="150"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="151"/>
        <source>By client</source>
        <translation>按客户</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="11"/>
        <source>The project does not exist.</source>
        <translation>该项目不存在。</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="16"/>
        <source>A %1 report is about one project: name the project.</source>
        <translation>%1报告针对单个项目：请指定项目。</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="21"/>
        <source>The period is empty: its end is before its start.</source>
        <translation>时间段为空：结束早于开始。</translation>
    </message>
    <message>
        <location filename="../core/report/reportbuilder.cpp" line="42"/>
        <source>Unknown report kind.</source>
        <translation>未知的报告类型。</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="31"/>
        <source>Planned value, earned value and actual cost</source>
        <translation>计划价值、挣值和实际成本</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="36"/>
        <source>Planned value (PV)</source>
        <translation>计划价值（PV）</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="37"/>
        <source>Earned value (EV)</source>
        <translation>挣值（EV）</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="38"/>
        <source>Actual cost (AC)</source>
        <translation>实际成本（AC）</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="49"/>
        <source>Forecast cost (EAC)</source>
        <translation>预测成本（EAC）</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="54"/>
        <source>Status date</source>
        <translation>状态日期</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportcharts.cpp" line="69"/>
        <source>Simulated finish dates (%n iterations)</source>
        <translation>
            <numerusform>模拟完成日期（%n 次迭代）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="72"/>
        <source>Share finishing that day</source>
        <translation>当天完成的比例</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="73"/>
        <source>Probability of finishing by then</source>
        <translation>届时完成的概率</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="91"/>
        <source>Share finishing that week</source>
        <translation>当周完成的比例</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="93"/>
        <source>Share finishing in those four weeks</source>
        <translation>在这四周内完成的比例</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="114"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="122"/>
        <source>Open risks by probability and impact</source>
        <translation>按概率和影响分布的未关闭风险</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="123"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../core/report/reportcharts.cpp" line="124"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="22"/>
        <source>initiation</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="24"/>
        <source>planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="26"/>
        <source>execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="28"/>
        <source>monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="30"/>
        <source>closing</source>
        <translation>收尾</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="32"/>
        <location filename="../core/report/reportcontext.cpp" line="60"/>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="41"/>
        <source>fixed fee</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="43"/>
        <source>time and materials</source>
        <translation>工时和材料</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="45"/>
        <source>retainer</source>
        <translation>预付费</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="54"/>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="56"/>
        <source>mitigating</source>
        <translation>缓解中</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="58"/>
        <source>occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="69"/>
        <source>question</source>
        <translation>问题咨询</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="71"/>
        <source>change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="73"/>
        <source>issue</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="82"/>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="86"/>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="88"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="90"/>
        <source>closed</source>
        <comment>request</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="92"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="101"/>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="103"/>
        <source>normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="105"/>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="107"/>
        <source>urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../core/report/reportcontext.cpp" line="161"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="69"/>
        <location filename="../core/report/reportexport.cpp" line="127"/>
        <location filename="../core/report/reportexport.cpp" line="140"/>
        <location filename="../core/report/reportexport.cpp" line="261"/>
        <location filename="../core/report/reportexport.cpp" line="404"/>
        <location filename="../core/report/reportexport.cpp" line="412"/>
        <location filename="../core/report/reportexport.cpp" line="421"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="119"/>
        <source>The report has no table to write as CSV.</source>
        <translation>报告中没有可写为 CSV 的表格。</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="120"/>
        <source>The report has no table “%1”; it has: %2.</source>
        <translation>报告中没有表格“%1”；现有表格：%2。</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="155"/>
        <source>Cannot write %1: painting the PDF failed.</source>
        <translation>无法写入 %1：绘制 PDF 失败。</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="271"/>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation>无法写入 %1：无法创建工作簿。</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="333"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="341"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="355"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../core/report/reportexport.cpp" line="434"/>
        <source>Unknown report format of %1: use .pdf, .xlsx or .csv.</source>
        <translation>%1 的报告格式未知：请使用 .pdf、.xlsx 或 .csv。</translation>
    </message>
    <message>
        <location filename="../core/report/reportlayout.cpp" line="430"/>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <location filename="../core/report/reportlayout.cpp" line="450"/>
        <source>Nothing to show.</source>
        <translation>没有可显示的内容。</translation>
    </message>
    <message>
        <location filename="../core/report/reportlayout.cpp" line="508"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <location filename="../core/report/reportlayout.cpp" line="520"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="46"/>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="47"/>
        <source>%1 · as of %2</source>
        <translation>%1 · 截至 %2</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="49"/>
        <source>All open projects · as of %1</source>
        <translation>所有进行中的项目 · 截至 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/risksreport.cpp" line="54"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="54"/>
        <source>Open risks</source>
        <translation>未关闭的风险</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="55"/>
        <source>High risks</source>
        <translation>高风险</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="55"/>
        <source>probability × impact ≥ %1</source>
        <translation>概率 × 影响 ≥ %1</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="56"/>
        <source>Being mitigated</source>
        <translation>正在缓解</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="57"/>
        <source>Occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="57"/>
        <source>now issues</source>
        <translation>已转为问题</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="64"/>
        <source>Register</source>
        <translation>登记册</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="66"/>
        <location filename="../core/report/statusreport.cpp" line="221"/>
        <location filename="../core/report/statusreport.cpp" line="223"/>
        <source>Risks</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="70"/>
        <location filename="../core/report/statusreport.cpp" line="224"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="71"/>
        <location filename="../core/report/statusreport.cpp" line="225"/>
        <source>P</source>
        <translation>概</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="72"/>
        <location filename="../core/report/statusreport.cpp" line="226"/>
        <source>I</source>
        <translation>影</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="75"/>
        <location filename="../core/report/statusreport.cpp" line="229"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="76"/>
        <location filename="../core/report/statusreport.cpp" line="37"/>
        <location filename="../core/report/statusreport.cpp" line="270"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="77"/>
        <location filename="../core/report/statusreport.cpp" line="230"/>
        <source>Mitigation</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <location filename="../core/report/risksreport.cpp" line="95"/>
        <source>No risks recorded.</source>
        <translation>没有记录风险。</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="36"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="38"/>
        <location filename="../core/report/statusreport.cpp" line="162"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="39"/>
        <source>Slip (days)</source>
        <translation>延误（天）</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="52"/>
        <source>done late</source>
        <translation>延期完成</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="54"/>
        <source>late</source>
        <translation>延误</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="60"/>
        <source>No milestones.</source>
        <translation>没有里程碑。</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="88"/>
        <source>Project status report</source>
        <translation>项目状态报告</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="99"/>
        <source>phase: %1</source>
        <translation>阶段：%1</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="100"/>
        <source>Complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="100"/>
        <source>earned value over budget</source>
        <translation>挣值占预算</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="101"/>
        <source>SPI / CPI</source>
        <translation>SPI / CPI</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="102"/>
        <source>SPI(t) %1</source>
        <translation>SPI(t) %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/statusreport.cpp" line="108"/>
        <source>Monte Carlo, %n iterations</source>
        <translation>
            <numerusform>蒙特卡洛模拟，%n 次迭代</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="108"/>
        <source>P80 finish</source>
        <translation>P80 完成</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="109"/>
        <source>budget %1</source>
        <translation>预算 %1</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="111"/>
        <source> of budget</source>
        <translation>（占预算）</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="112"/>
        <source>Manager</source>
        <translation>项目经理</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="127"/>
        <source>Current and upcoming work</source>
        <translation>当前及即将开始的工作</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="129"/>
        <source>Work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="136"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="157"/>
        <source>No work in progress or starting in the next two weeks.</source>
        <translation>没有进行中或未来两周内开始的工作。</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="169"/>
        <source>On time</source>
        <translation>按时</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="170"/>
        <source>by the planned finish %1</source>
        <translation>在计划完成日 %1 之前</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="170"/>
        <source>no baseline</source>
        <translation>无基线</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/statusreport.cpp" line="175"/>
        <source>Monte Carlo simulation of the remaining work from the three-point estimates (PERT distribution), %n iterations, seed %1.</source>
        <translation>
            <numerusform>基于三点估算（PERT 分布）对剩余工作进行蒙特卡洛模拟，%n 次迭代，随机种子 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="180"/>
        <source>Durations calibrated by %1 finished tasks of %2 closed projects (overall factor %3).</source>
        <translation>工期已用 %2 个已关闭项目中的 %1 个已完成任务校准（总体系数 %3）。</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="186"/>
        <source>Critical tasks</source>
        <translation>关键任务</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="187"/>
        <source>Tasks most often on the critical path</source>
        <translation>最常位于关键路径上的任务</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="189"/>
        <source>Criticality</source>
        <translation>关键度</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="209"/>
        <source>No remaining work.</source>
        <translation>没有剩余工作。</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="217"/>
        <source>Early warning: %1</source>
        <translation>预警：%1</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="245"/>
        <source>No open risks.</source>
        <translation>没有未关闭的风险。</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="250"/>
        <source>Client requests</source>
        <translation>客户请求</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="255"/>
        <source>of %1</source>
        <translation>共 %1</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="256"/>
        <location filename="../core/report/statusreport.cpp" line="257"/>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="257"/>
        <source>Median resolution</source>
        <translation>解决时间中位数</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="267"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="269"/>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../core/report/statusreport.cpp" line="282"/>
        <source>No open requests.</source>
        <translation>没有未结请求。</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="31"/>
        <location filename="../core/report/utilizationreport.cpp" line="45"/>
        <location filename="../core/report/utilizationreport.cpp" line="79"/>
        <source>Utilization</source>
        <translation>利用率</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/utilizationreport.cpp" line="40"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n 个团队</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="40"/>
        <location filename="../core/report/utilizationreport.cpp" line="102"/>
        <location filename="../core/report/utilizationreport.cpp" line="104"/>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="41"/>
        <location filename="../core/report/utilizationreport.cpp" line="42"/>
        <location filename="../core/report/utilizationreport.cpp" line="43"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="41"/>
        <location filename="../core/report/utilizationreport.cpp" line="59"/>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="41"/>
        <source>calendars × max units</source>
        <translation>日历 × 最大单位</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="42"/>
        <location filename="../core/report/utilizationreport.cpp" line="60"/>
        <source>Worked</source>
        <translation>已工作</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="42"/>
        <source>time logged</source>
        <translation>已登记工时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="43"/>
        <location filename="../core/report/utilizationreport.cpp" line="61"/>
        <source>Billable</source>
        <translation>可计费</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="44"/>
        <source> of worked</source>
        <translation>（占已工作）</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="45"/>
        <source>worked / available</source>
        <translation>已工作 / 可用</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="46"/>
        <source>Billable utilization</source>
        <translation>可计费利用率</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="46"/>
        <source>billable / available</source>
        <translation>可计费 / 可用</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="47"/>
        <source>Average bill rate</source>
        <translation>平均计费费率</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="48"/>
        <source>per billable hour</source>
        <translation>每可计费小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="48"/>
        <location filename="../core/report/utilizationreport.cpp" line="50"/>
        <source>several currencies: see the people</source>
        <translation>多种货币：请查看人员明细</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="49"/>
        <source>Average cost rate</source>
        <translation>平均成本费率</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="50"/>
        <source>per hour worked</source>
        <translation>每工作小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="56"/>
        <source>Hours by month</source>
        <translation>各月工时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="58"/>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="75"/>
        <location filename="../core/report/utilizationreport.cpp" line="119"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="76"/>
        <source>Available h</source>
        <translation>可用小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="77"/>
        <source>Worked h</source>
        <translation>已工作小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="78"/>
        <source>Billable h</source>
        <translation>可计费小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="80"/>
        <source>Billable util.</source>
        <translation>可计费利用率</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="81"/>
        <source>Bill rate /h</source>
        <translation>计费费率/小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="82"/>
        <source>Cost rate /h</source>
        <translation>成本费率/小时</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="106"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="110"/>
        <source>Nobody logged time in the period.</source>
        <translation>该期间内没有人登记工时。</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="115"/>
        <source>Teams and months</source>
        <translation>团队与月份</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="117"/>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../core/report/utilizationreport.cpp" line="118"/>
        <source>By team</source>
        <translation>按团队</translation>
    </message>
</context>
<context>
    <name>Keel::ReportPreview</name>
    <message>
        <location filename="../ui/reportpreview.cpp" line="68"/>
        <source>Rendering the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../ui/reportpreview.cpp" line="99"/>
        <source>The report has no pages.</source>
        <translation>该报告没有页面。</translation>
    </message>
    <message>
        <location filename="../ui/reportpreview.cpp" line="103"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>Keel::ReportsView</name>
    <message>
        <location filename="../ui/reportsview.cpp" line="54"/>
        <source>Project status</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="55"/>
        <source>Health and its reasons, milestones, the forecast finish and cost, risks, requests and early warnings of one project.</source>
        <translation>单个项目的健康状况及其原因、里程碑、预测完成日期和成本、风险、请求以及预警。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="56"/>
        <source>Earned value</source>
        <translation>挣值</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="57"/>
        <source>Every earned value and earned schedule figure of one project, the S-curve and the estimates at completion.</source>
        <translation>单个项目的所有挣值和挣得进度指标、S 曲线以及完工估算。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="58"/>
        <source>Client report</source>
        <translation>客户报告</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="59"/>
        <source>What the client may see: progress, client-visible milestones and requests, satisfaction. No costs, risks or names.</source>
        <translation>客户可以看到的内容：进展、客户可见的里程碑和请求、满意度。不含成本、风险或人员姓名。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="60"/>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="61"/>
        <source>The risk matrix and the register by score, for one project or the whole portfolio.</source>
        <translation>单个项目或整个项目组合的风险矩阵以及按分数排序的风险登记册。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="62"/>
        <source>Portfolio overview</source>
        <translation>项目组合概览</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="63"/>
        <source>Health, indices, forecasts, early warnings and satisfaction of every open project.</source>
        <translation>所有进行中项目的健康状况、指数、预测、预警和满意度。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="64"/>
        <source>Utilisation</source>
        <translation>利用率</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="65"/>
        <source>Available, worked and billable hours and the rates realised, by person, team and month.</source>
        <translation>按人员、团队和月份统计的可用工时、实际工时、可计费工时以及实现费率。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="66"/>
        <source>Profitability</source>
        <translation>盈利能力</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="67"/>
        <source>Revenue by billing model, cost and margin, by project, client and month.</source>
        <translation>按项目、客户和月份统计的各计费模式收入、成本和利润。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="80"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="98"/>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="99"/>
        <source>Catalogue</source>
        <translation>目录</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="166"/>
        <location filename="../ui/reportsview.cpp" line="201"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="171"/>
        <location filename="../ui/reportsview.cpp" line="203"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="182"/>
        <source>Period from</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="183"/>
        <source>Period to</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="191"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="192"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="193"/>
        <source>Save the report as PDF, Excel workbook (XLSX) or CSV</source>
        <translation>将报告保存为 PDF、Excel 工作簿（XLSX）或 CSV</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="204"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="205"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="246"/>
        <source>Whole portfolio</source>
        <translation>整个项目组合</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="248"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="322"/>
        <source>This report is about one project. Choose a project first.</source>
        <translation>此报告针对单个项目。请先选择一个项目。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="329"/>
        <location filename="../ui/reportsview.cpp" line="330"/>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="340"/>
        <source>The report could not be built: %1</source>
        <translation>无法生成报告：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/reportsview.cpp" line="347"/>
        <source>%1 · %n table(s)</source>
        <translation>
            <numerusform>%1 · %n 个表格</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="357"/>
        <source>“%1” does not end in .pdf, .xlsx or .csv.</source>
        <translation>“%1”的扩展名不是 .pdf、.xlsx 或 .csv。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="386"/>
        <location filename="../ui/reportsview.cpp" line="393"/>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="393"/>
        <source>The report could not be printed. Check the printer and try again.</source>
        <translation>无法打印报告。请检查打印机后重试。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="403"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="404"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="405"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="407"/>
        <location filename="../ui/reportsview.cpp" line="420"/>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="421"/>
        <source>The report could not be saved as %1.</source>
        <translation>无法将报告保存为 %1。</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="426"/>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <location filename="../ui/reportsview.cpp" line="437"/>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
</context>
<context>
    <name>Keel::RequestDialog</name>
    <message>
        <location filename="../ui/requestdialog.cpp" line="30"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="34"/>
        <source>Visible to the client in the portal</source>
        <translation>在门户中对客户可见</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="36"/>
        <source>Edit Request</source>
        <translation>编辑请求</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="36"/>
        <source>New Request</source>
        <translation>新建请求</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="56"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="57"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="58"/>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="59"/>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="60"/>
        <source>Due date:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="61"/>
        <source>&amp;Raised by:</source>
        <translation>提出人(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/requestdialog.cpp" line="62"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>Keel::RequirementModel</name>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="37"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="39"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="41"/>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="43"/>
        <source>Delivered</source>
        <translation>已交付</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="45"/>
        <source>Accepted</source>
        <translation>已验收</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="60"/>
        <source>Could</source>
        <translation>可以有</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="60"/>
        <source>Must</source>
        <translation>必须有</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="60"/>
        <source>Should</source>
        <translation>应该有</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="139"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="141"/>
        <source>Requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="143"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="145"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="147"/>
        <source>In scope</source>
        <translation>在范围内</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="178"/>
        <source>Bring requirement %1 into scope</source>
        <translation>将需求 %1 纳入范围</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="179"/>
        <source>Take requirement %1 out of scope</source>
        <translation>将需求 %1 移出范围</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="192"/>
        <source>Edit requirement %1</source>
        <translation>编辑需求 %1</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="202"/>
        <source>Set priority of requirement %1</source>
        <translation>设置需求 %1 的优先级</translation>
    </message>
    <message>
        <location filename="../ui/requirementmodel.cpp" line="213"/>
        <source>Mark requirement %1 %2</source>
        <translation>将需求 %1 标记为%2</translation>
    </message>
</context>
<context>
    <name>Keel::ResourceDialog</name>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="69"/>
        <source>Active (available for new work)</source>
        <translation>在岗（可安排新工作）</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="75"/>
        <source>Add to the Pool</source>
        <translation>加入资源池</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="75"/>
        <source>Edit Resource</source>
        <translation>编辑资源</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="80"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="98"/>
        <source>100 % is one person full time; 50 % half time; 300 % a team of three</source>
        <translation>100% 表示一人全职；50% 表示半职；300% 表示三人团队</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="100"/>
        <source>The workspace's calendar</source>
        <translation>工作区日历</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="112"/>
        <source>Bill / hour</source>
        <translation>计费 / 小时</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="112"/>
        <source>Cost / hour</source>
        <translation>成本 / 小时</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="112"/>
        <location filename="../ui/resourcedialog.cpp" line="120"/>
        <source>From</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="112"/>
        <source>Overtime / hour</source>
        <translation>加班费 / 小时</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="115"/>
        <source>From: a date such as 2026-03-02, or empty for “from the start”. Amounts in the resource's currency, such as 85.00.</source>
        <translation>生效日期：例如 2026-03-02，留空表示“从一开始”。金额使用该资源的货币，例如 85.00。</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="120"/>
        <source>Max units</source>
        <translation>最大单位</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="123"/>
        <source>From a date such as 2026-09-01 the resource is available at these units instead of its maximum units, such as 50 % when going part-time.</source>
        <translation>从某个日期（如 2026-09-01）起，资源按这些单位可用，而不是其最大单位，例如转为兼职时为 50 %。</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="129"/>
        <source>Level (1–5)</source>
        <translation>等级（1–5）</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="129"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="138"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="139"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="140"/>
        <source>&amp;E-mail:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="141"/>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="142"/>
        <source>&amp;Team:</source>
        <translation>团队(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="143"/>
        <source>&amp;Max units:</source>
        <translation>最大单位(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="144"/>
        <source>Own Calendar</source>
        <translation>个人日历</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="145"/>
        <source>A calendar of this resource's own, based on the one chosen, for holidays and working hours of their own</source>
        <translation>此资源自己的日历，基于所选日历，用于其个人假期和工作时间</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="151"/>
        <source>&amp;Calendar:</source>
        <translation>日历(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="154"/>
        <source>C&amp;urrency:</source>
        <translation>货币(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="157"/>
        <source>Rates</source>
        <translation>费率</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="160"/>
        <source>Add Rate</source>
        <translation>添加费率</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="160"/>
        <source>Remove Rate</source>
        <translation>删除费率</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="169"/>
        <source>Max units from a date</source>
        <translation>自某日起的最大单位</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="172"/>
        <source>Add Change</source>
        <translation>添加变更</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="172"/>
        <source>Remove Change</source>
        <translation>删除变更</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="179"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="182"/>
        <location filename="../ui/resourcedialog.cpp" line="184"/>
        <source>Add Skill</source>
        <translation>添加技能</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="182"/>
        <source>Remove Skill</source>
        <translation>删除技能</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="184"/>
        <source>The skill catalogue is empty; add skills to it first.</source>
        <translation>技能目录为空；请先向其中添加技能。</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="236"/>
        <source>New resource</source>
        <translation>新资源</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="241"/>
        <source>“%1” is this resource's own calendar already.</source>
        <translation>“%1”已经是此资源的个人日历。</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="246"/>
        <source>%1 (own calendar)</source>
        <translation>%1（个人日历）</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="254"/>
        <source>%1 (new, based on %2)</source>
        <translation>%1（新建，基于 %2）</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="293"/>
        <source>“%1” is not an ISO 4217 currency code such as EUR or CNY.</source>
        <translation>“%1”不是 ISO 4217 货币代码（例如 EUR 或 CNY）。</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="301"/>
        <source>Rate %1: %2</source>
        <translation>费率 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="313"/>
        <source>“%1” is not a date; write it as 2026-03-02, or leave it empty for “from the start”.</source>
        <translation>“%1”不是日期；请写成 2026-03-02，或留空表示“从一开始”。</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="320"/>
        <source>“%1” is not an amount in %2 of 0 or more, such as 85.00.</source>
        <translation>“%1”不是不小于 0 的 %2 金额，例如 85.00。</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="328"/>
        <source>Change of units %1: %2</source>
        <translation>单位变更 %1：%2</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="340"/>
        <source>“%1” is not a date; write it as 2026-09-01.</source>
        <translation>“%1”不是日期；请写成 2026-09-01。</translation>
    </message>
    <message>
        <location filename="../ui/resourcedialog.cpp" line="346"/>
        <source>“%1” is not a percentage from 0 to 10000, such as 50 %.</source>
        <translation>“%1”不是 0 到 10000 之间的百分比，例如 50 %。</translation>
    </message>
</context>
<context>
    <name>Keel::ResourceModel</name>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="68"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="74"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="146"/>
        <source>Inactive</source>
        <translation>未启用</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="152"/>
        <source>Per hour, in effect today</source>
        <translation>每小时，今日生效</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="205"/>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="208"/>
        <source>Change role of “%1”</source>
        <translation>更改“%1”的角色</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="211"/>
        <source>Change team of “%1”</source>
        <translation>更改“%1”的团队</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="221"/>
        <source>Set maximum units of “%1” to %2</source>
        <translation>将“%1”的最大单位设为 %2</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="242"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="244"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="246"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="248"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="250"/>
        <source>Cost rate</source>
        <translation>成本费率</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="252"/>
        <source>Bill rate</source>
        <translation>计费费率</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="254"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="256"/>
        <source>Max. units</source>
        <translation>最大单位</translation>
    </message>
</context>
<context>
    <name>Keel::ResourcesView</name>
    <message>
        <location filename="../ui/resourcesview.cpp" line="62"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="72"/>
        <source>Search name, role, team or skill</source>
        <translation>搜索名称、角色、团队或技能</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="78"/>
        <source>Days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="79"/>
        <source>Weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="80"/>
        <source>Months</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="82"/>
        <source>Load period</source>
        <translation>负荷周期</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="86"/>
        <source>Load from</source>
        <translation>负荷起始</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="87"/>
        <source>The first day of the load shown; it starts at the projects' status date.</source>
        <translation>所显示负荷的第一天；从项目的状态日期开始。</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="91"/>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="104"/>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="105"/>
        <source>Half</source>
        <translation>半负荷</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="106"/>
        <source>Full</source>
        <translation>满负荷</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="107"/>
        <source>Over-allocated</source>
        <translation>过度分配</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="109"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="115"/>
        <source>Level…</source>
        <translation>资源调配…</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="120"/>
        <source>Resolve over-allocations across the pool by delaying tasks, with a preview first</source>
        <translation>通过延迟任务解决资源池中的过度分配，并先进行预览</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="121"/>
        <source>Skills…</source>
        <translation>技能…</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="125"/>
        <source>The skill catalogue: add, rename and delete the skills people are rated in</source>
        <translation>技能目录：添加、重命名和删除用于评定人员的技能</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="126"/>
        <source>Calendars…</source>
        <translation>日历…</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="130"/>
        <source>Working weeks, holidays and exceptions of the workspace's calendars (Ctrl+Shift+K)</source>
        <translation>工作区日历的工作周、节假日和例外日期 (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="131"/>
        <source>Staff…</source>
        <translation>人员配备…</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="135"/>
        <source>Propose people for a project's open skill requirements, with a preview first</source>
        <translation>为项目未满足的技能要求推荐人员，并先进行预览</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="136"/>
        <source>Timesheet…</source>
        <translation>工时表…</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="137"/>
        <source>Log, submit and approve the selected person's hours, week by week (Ctrl+T)</source>
        <translation>按周记录、提交和审批所选人员的工时（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="176"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="177"/>
        <source>Add a person, a material or a cost resource to the pool (Insert)</source>
        <translation>向资源池添加人员、材料或成本资源（Insert）</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="179"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="180"/>
        <source>Edit the selected resource: rates, calendar, skills (Return)</source>
        <translation>编辑所选资源：费率、日历、技能（回车）</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="182"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="183"/>
        <source>Delete the selected resource (Delete); refused while it is assigned</source>
        <translation>删除所选资源（Delete）；仍有分配时不能删除</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="192"/>
        <source>History…</source>
        <translation>历史记录…</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="194"/>
        <source>Every change made to the selected person: when, by whom, old and new values</source>
        <translation>所选人员的全部更改：时间、操作人、原值和新值</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="263"/>
        <location filename="../ui/resourcesview.cpp" line="266"/>
        <source>Delete Resource</source>
        <translation>删除资源</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="266"/>
        <source>Delete “%1” from the pool? Undo brings them back.</source>
        <translation>从资源池中删除“%1”？撤销可以恢复。</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="315"/>
        <source>no over-allocations in the span</source>
        <translation>该时间范围内没有过度分配</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/resourcesview.cpp" line="316"/>
        <source>%n over-allocated period(s)</source>
        <translation>
            <numerusform>%n 个过度分配的时间段</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/resourcesview.cpp" line="317"/>
        <source>%n person(s) affected</source>
        <translation>
            <numerusform>%n 人受影响</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/resourcesview.cpp" line="322"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="327"/>
        <source>The resource pool is empty. Add the first person with Add… (Insert).</source>
        <translation>资源池为空。请用“添加…”（Insert）添加第一个人。</translation>
    </message>
</context>
<context>
    <name>Keel::RiskDialog</name>
    <message>
        <location filename="../ui/riskdialog.cpp" line="33"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="36"/>
        <source>Edit Risk</source>
        <translation>编辑风险</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="36"/>
        <source>New Risk</source>
        <translation>新建风险</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="37"/>
        <source>What could go wrong</source>
        <translation>可能出现什么问题</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="38"/>
        <source>Cause and consequence</source>
        <translation>原因和后果</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="39"/>
        <source>What we do to make it less likely or less harmful</source>
        <translation>为降低其可能性或危害而采取的措施</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="47"/>
        <source>Nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="71"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="80"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="81"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="82"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="83"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="84"/>
        <source>Mitigation</source>
        <translation>缓解措施</translation>
    </message>
    <message>
        <location filename="../ui/riskdialog.cpp" line="85"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Keel::RiskMatrix</name>
    <message>
        <location filename="../ui/riskmatrix.cpp" line="25"/>
        <source>Probability and impact matrix</source>
        <translation>概率和影响矩阵</translation>
    </message>
    <message>
        <location filename="../ui/riskmatrix.cpp" line="95"/>
        <source>Probability ↑  ·  Impact →</source>
        <translation>概率 ↑  ·  影响 →</translation>
    </message>
    <message>
        <location filename="../ui/riskmatrix.cpp" line="134"/>
        <source>Probability %1 × impact %2 = %3</source>
        <translation>概率 %1 × 影响 %2 = %3</translation>
    </message>
</context>
<context>
    <name>Keel::RiskModel</name>
    <message>
        <location filename="../ui/riskmodel.cpp" line="46"/>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="48"/>
        <source>Mitigating</source>
        <translation>缓解中</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="50"/>
        <source>Occurred</source>
        <translation>已发生</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="52"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="154"/>
        <source>Past due: the response to this risk was due on %1.</source>
        <translation>已逾期：此风险的应对截止日期为 %1。</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="156"/>
        <source>Mitigation: %1</source>
        <translation>缓解措施：%1</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="177"/>
        <source>How likely the risk is, from 1 (rare) to 5 (almost certain).</source>
        <translation>风险发生的可能性，从 1（罕见）到 5（几乎肯定）。</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="179"/>
        <source>How much harm it would do, from 1 (negligible) to 5 (severe).</source>
        <translation>风险造成的危害程度，从 1（可忽略）到 5（严重）。</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="181"/>
        <source>Probability × impact: up to 4 is low, up to 12 medium, above that high.</source>
        <translation>概率 × 影响：不超过 4 为低，不超过 12 为中，高于 12 为高。</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="188"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="190"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="192"/>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="194"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="196"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="198"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="200"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="239"/>
        <source>Rename risk “%1”</source>
        <translation>重命名风险“%1”</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="252"/>
        <source>Set probability of risk “%1”</source>
        <translation>设置风险“%1”的概率</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="253"/>
        <source>Set impact of risk “%1”</source>
        <translation>设置风险“%1”的影响</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="264"/>
        <source>Set risk “%1” to %2</source>
        <translation>将风险“%1”设为%2</translation>
    </message>
    <message>
        <location filename="../ui/riskmodel.cpp" line="273"/>
        <source>Set due date of risk “%1”</source>
        <translation>设置风险“%1”的到期日期</translation>
    </message>
</context>
<context>
    <name>Keel::RiskRegisterView</name>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="32"/>
        <source>Add Risk…</source>
        <translation>添加风险…</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="33"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="34"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="49"/>
        <source>No risks recorded. Add the first one with “Add Risk…”.</source>
        <translation>没有记录风险。请使用“添加风险…”添加第一个风险。</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="53"/>
        <source>Risk register</source>
        <translation>风险登记册</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="55"/>
        <source>Add a risk to this project's register</source>
        <translation>向此项目的风险登记册添加风险</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="56"/>
        <source>Delete Risk</source>
        <translation>删除风险</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="74"/>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="78"/>
        <source>Risks not yet closed, by probability and impact. Hover a cell to see them.</source>
        <translation>尚未关闭的风险，按概率和影响分布。将鼠标悬停在单元格上可查看。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/riskregisterview.cpp" line="142"/>
        <source>%n risk(s) not closed</source>
        <translation>
            <numerusform>%n 个风险未关闭</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/riskregisterview.cpp" line="144"/>
        <source>, %n past due</source>
        <translation>
            <numerusform>，%n 个已逾期</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="158"/>
        <location filename="../ui/riskregisterview.cpp" line="174"/>
        <source>Add risk “%1”</source>
        <translation>添加风险“%1”</translation>
    </message>
    <message>
        <location filename="../ui/riskregisterview.cpp" line="189"/>
        <source>Edit risk “%1”</source>
        <translation>编辑风险“%1”</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/riskregisterview.cpp" line="205"/>
        <source>Delete %n risk(s)</source>
        <translation>
            <numerusform>删除 %n 个风险</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ScheduleNetwork</name>
    <message>
        <location filename="../core/analytics/schedulenetwork.cpp" line="92"/>
        <source>dependency cycle: links into “%1” from %2 ignored</source>
        <translation>依赖循环：已忽略从 %2 指向“%1”的链接</translation>
    </message>
</context>
<context>
    <name>Keel::SearchField</name>
    <message>
        <location filename="../ui/searchfield.cpp" line="14"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
</context>
<context>
    <name>Keel::SignOff</name>
    <message>
        <location filename="../core/workflow/signoff.cpp" line="41"/>
        <source>Client sign-off — %1</source>
        <translation>客户验收 — %1</translation>
    </message>
    <message>
        <location filename="../core/workflow/signoff.cpp" line="55"/>
        <source>Client sign-off</source>
        <translation>客户验收</translation>
    </message>
</context>
<context>
    <name>Keel::SkillsDialog</name>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="27"/>
        <source>Skill Catalogue</source>
        <translation>技能目录</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="28"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="28"/>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="28"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="32"/>
        <source>Double-click a name or a category to change it</source>
        <translation>双击名称或类别即可修改</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="34"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="35"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="38"/>
        <location filename="../ui/skillsdialog.cpp" line="98"/>
        <source>Add Skill</source>
        <translation>添加技能</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="38"/>
        <source>Name of the skill:</source>
        <translation>技能名称：</translation>
    </message>
    <message>
        <location filename="../ui/skillsdialog.cpp" line="127"/>
        <location filename="../ui/skillsdialog.cpp" line="131"/>
        <source>Delete Skill</source>
        <translation>删除技能</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/skillsdialog.cpp" line="132"/>
        <source>Delete “%1”? %n person(s) lose their rating in it; undo brings it back.</source>
        <translation>
            <numerusform>删除“%1”？%n 人将失去该技能的评级；撤销可以恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::Staffing</name>
    <message>
        <location filename="../core/schedule/staffing.cpp" line="140"/>
        <source>no dates</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../core/schedule/staffing.cpp" line="141"/>
        <source>week %1</source>
        <translation>第 %1 周</translation>
    </message>
    <message>
        <location filename="../core/schedule/staffing.cpp" line="142"/>
        <source>weeks %1–%2</source>
        <translation>第 %1–%2 周</translation>
    </message>
    <message>
        <location filename="../core/schedule/staffing.cpp" line="143"/>
        <source>level %1, %2 needed; %3% free in %4; %5/h</source>
        <translation>等级 %1，需要 %2；%4 空闲 %3%；%5/小时</translation>
    </message>
    <message>
        <location filename="../core/schedule/staffing.cpp" line="296"/>
        <source>Staff project</source>
        <translation>为项目配备人员</translation>
    </message>
</context>
<context>
    <name>Keel::StaffingDialog</name>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="29"/>
        <source>Staff Project</source>
        <translation>为项目配备人员</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="40"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="42"/>
        <source>Keel proposes a person for every open skill requirement of the project: the best total fit, free time and cost that over-allocates no one.</source>
        <translation>Keel 为项目的每项未满足的技能要求推荐一名人员：综合匹配度、空闲时间和成本最优，且不会使任何人过度分配。</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="48"/>
        <source>Proposed</source>
        <translation>推荐人选</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="48"/>
        <source>Requirement</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="48"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="48"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="57"/>
        <source>Apply Staffing</source>
        <translation>应用人员配备</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="66"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="106"/>
        <source>The workspace has no open project.</source>
        <translation>工作区中没有进行中的项目。</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="119"/>
        <source>%1 — %2 level %3, %4 h</source>
        <translation>%1 — %2 等级 %3，%4 小时</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="134"/>
        <source>No one</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="135"/>
        <source>No one with the skill at this level is free enough in the task's window.</source>
        <translation>在该任务的时间段内，没有具备此等级技能的人员有足够的空闲时间。</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="144"/>
        <source>Every skill requirement of this project is already staffed.</source>
        <translation>此项目的所有技能要求均已配备人员。</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="146"/>
        <source>Requirements staffed: %1. Left open: %2.</source>
        <translation>已配备人员的需求：%1。仍未满足：%2。</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="157"/>
        <source>Staff project</source>
        <translation>为项目配备人员</translation>
    </message>
    <message>
        <location filename="../ui/staffingdialog.cpp" line="160"/>
        <source>The staffing could not be applied: %1</source>
        <translation>无法应用人员配备：%1</translation>
    </message>
</context>
<context>
    <name>Keel::Store</name>
    <message>
        <location filename="../core/store/store.cpp" line="147"/>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="150"/>
        <source>is empty, not a Keel workspace</source>
        <translation>是空文件，不是 Keel 工作区</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="151"/>
        <source>is not a Keel workspace (too short to be one)</source>
        <translation>不是 Keel 工作区（文件太短）</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="153"/>
        <location filename="../core/store/store.cpp" line="334"/>
        <source>is not a Keel workspace</source>
        <translation>不是 Keel 工作区</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="162"/>
        <source>is damaged (its header is invalid)</source>
        <translation>已损坏（文件头无效）</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="170"/>
        <source>is truncated: it should hold %1 bytes but holds %2</source>
        <translation>不完整：应有 %1 字节，实际只有 %2 字节</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="172"/>
        <source>is truncated or damaged: its size is not a whole number of pages</source>
        <translation>不完整或已损坏：其大小不是页面大小的整数倍</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="196"/>
        <source>%1 already exists</source>
        <translation>%1 已存在</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="209"/>
        <location filename="../core/store/store.cpp" line="223"/>
        <source>%1 cannot be created: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="215"/>
        <location filename="../core/store/store.cpp" line="258"/>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="217"/>
        <location filename="../core/store/store.cpp" line="260"/>
        <source>Create workspace</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="231"/>
        <source>%1 cannot be created: the file cannot be moved into place</source>
        <translation>无法创建 %1：无法将文件移动到目标位置</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="243"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="271"/>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="275"/>
        <source>is a folder, not a Keel workspace</source>
        <translation>是文件夹，不是 Keel 工作区</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="309"/>
        <source>is locked: it is open in another program (process %1 on %2)</source>
        <translation>已被锁定：它已在另一个程序中打开（%2 上的进程 %1）</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="310"/>
        <source>cannot be locked for use (%1)</source>
        <translation>无法锁定以供使用（%1）</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="317"/>
        <source>cannot be opened: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="326"/>
        <location filename="../core/store/store.cpp" line="374"/>
        <source>is locked by another program</source>
        <translation>已被另一个程序锁定</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="330"/>
        <location filename="../core/store/store.cpp" line="427"/>
        <source>is damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="339"/>
        <source>was written by a newer version of Keel (schema %1; this version reads up to %2)</source>
        <translation>由较新版本的 Keel 写入（架构版本 %1；此版本最高只能读取 %2）</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="375"/>
        <source>cannot be upgraded to schema %1: %2</source>
        <translation>无法升级到架构版本 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="406"/>
        <source>table %1, field %2 holds a value of the wrong kind</source>
        <translation>表 %1 的字段 %2 中的值类型不正确</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="439"/>
        <source>it has no replica id</source>
        <translation>它没有副本 ID</translation>
    </message>
    <message>
        <location filename="../core/store/store.cpp" line="512"/>
        <source>The change could not be saved: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
</context>
<context>
    <name>Keel::TablePage</name>
    <message>
        <location filename="../ui/tablepage.cpp" line="79"/>
        <source>Nothing matches the search.</source>
        <translation>没有符合搜索条件的内容。</translation>
    </message>
</context>
<context>
    <name>Keel::TaskDialog</name>
    <message>
        <location filename="../ui/taskdialog.cpp" line="60"/>
        <source>As soon as possible</source>
        <translation>越早越好</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="61"/>
        <source>As late as possible</source>
        <translation>越晚越好</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="62"/>
        <source>Start no earlier than</source>
        <translation>不得早于…开始</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="63"/>
        <source>Start no later than</source>
        <translation>不得晚于…开始</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="64"/>
        <source>Finish no earlier than</source>
        <translation>不得早于…完成</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="65"/>
        <source>Finish no later than</source>
        <translation>不得晚于…完成</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="66"/>
        <source>Must start on</source>
        <translation>必须开始于</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="67"/>
        <source>Must finish on</source>
        <translation>必须完成于</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="75"/>
        <source>Finish-to-start (FS)</source>
        <translation>完成-开始 (FS)</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="76"/>
        <source>Start-to-start (SS)</source>
        <translation>开始-开始 (SS)</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="77"/>
        <source>Finish-to-finish (FF)</source>
        <translation>完成-完成 (FF)</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="78"/>
        <source>Start-to-finish (SF)</source>
        <translation>开始-完成 (SF)</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="93"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="94"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="122"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="126"/>
        <source>Visible to the client</source>
        <translation>对客户可见</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="136"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="142"/>
        <source>Task Information</source>
        <translation>任务信息</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="143"/>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="144"/>
        <source>Predecessors</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="145"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="146"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="147"/>
        <source>Estimates</source>
        <translation>估计</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="148"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="149"/>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="186"/>
        <source>Automatically scheduled</source>
        <translation>自动计划</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="187"/>
        <source>Manually scheduled</source>
        <translation>手动计划</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="188"/>
        <location filename="../ui/taskdialog.cpp" line="252"/>
        <source>for example 3d, 4h or 2w</source>
        <translation>例如 3d、4h 或 2w</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="189"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="190"/>
        <source>&amp;Duration:</source>
        <translation>工期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="191"/>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="192"/>
        <source>&amp;Finish:</source>
        <translation>完成(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="193"/>
        <source>&amp;Percent complete:</source>
        <translation>完成百分比(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="194"/>
        <source>Schedu&amp;ling:</source>
        <translation>计划模式(&amp;L)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="195"/>
        <source>P&amp;riority:</source>
        <translation>优先级(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="196"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="204"/>
        <source>Lag</source>
        <translation>延隔时间</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="204"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="204"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="212"/>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="212"/>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="219"/>
        <source>Minimum level</source>
        <translation>最低等级</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="219"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="219"/>
        <source>Staffed by</source>
        <translation>已分配给</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="219"/>
        <source>Work</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="230"/>
        <source>The workspace's skill catalogue is empty: add skills under Resources ▸ Skills… first.</source>
        <translation>工作区的技能目录为空：请先在“资源 ▸ 技能…”中添加技能。</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="235"/>
        <source>People are recommended for each requirement by skill fit, availability in the task's window and cost (Resources ▸ Staffing…). Empty work asks for the task's duration.</source>
        <translation>系统按技能匹配度、任务期间的可用时间和成本为每项需求推荐人员（资源 ▸ 人员配置…）。工时留空则按任务工期计。</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="246"/>
        <source>The Monte Carlo forecast draws the task's length between these working durations. Leave all three empty to let it spread the task's own duration.</source>
        <translation>蒙特卡洛预测在这些工作工期之间抽取任务的长度。三项均留空时，按任务自身的工期进行浮动。</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="253"/>
        <source>&amp;Optimistic:</source>
        <translation>乐观(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="254"/>
        <source>&amp;Most likely:</source>
        <translation>最可能(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="255"/>
        <source>P&amp;essimistic:</source>
        <translation>悲观(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="265"/>
        <source>Project calendar</source>
        <translation>项目日历</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="268"/>
        <source>C&amp;onstraint:</source>
        <translation>限制类型(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="269"/>
        <source>Constraint &amp;date:</source>
        <translation>限制日期(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="271"/>
        <source>C&amp;alendar:</source>
        <translation>日历(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="284"/>
        <source>Task Information — %1</source>
        <translation>任务信息 — %1</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="349"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="392"/>
        <source>Skill requirement %1: the work “%2” is not a working duration: write for example 40h or 5d.</source>
        <translation>技能需求 %1：工时“%2”不是有效的工作工期，请输入如 40h 或 5d。</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="465"/>
        <source>Predecessors: %1</source>
        <translation>前置任务：%1</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="471"/>
        <source>Predecessors: %1 is listed twice.</source>
        <translation>前置任务：%1 被列出了两次。</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="490"/>
        <source>Enter the task's name.</source>
        <translation>请输入任务名称。</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="498"/>
        <source>The finish is before the start.</source>
        <translation>完成时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="567"/>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/taskdialog.cpp" line="570"/>
        <source>Edit task “%1”</source>
        <translation>编辑任务“%1”</translation>
    </message>
</context>
<context>
    <name>Keel::TaskEdits</name>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="65"/>
        <source>The project to add a task to does not exist.</source>
        <translation>要添加任务的项目不存在。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="68"/>
        <source>The task to insert next to is not in this project.</source>
        <translation>要在其旁边插入的任务不在此项目中。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="70"/>
        <source>Choose the task that the new subtask goes under.</source>
        <translation>请选择新子任务所属的任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="75"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="93"/>
        <source>Insert task</source>
        <translation>插入任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="105"/>
        <source>A task to delete no longer exists.</source>
        <translation>要删除的某个任务已不存在。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="119"/>
        <source>Select the tasks to delete.</source>
        <translation>请选择要删除的任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="123"/>
        <source>%1 has time recorded on it and cannot be deleted; set it to 100% complete instead.</source>
        <translation>%1 上已登记工时，无法删除；请改为将其设为 100% 完成。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="128"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="128"/>
        <source>Delete tasks</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="184"/>
        <source>The task to indent no longer exists.</source>
        <translation>要降级的任务已不存在。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="188"/>
        <source>%1 cannot be indented: there is no task above it at its level.</source>
        <translation>%1 无法降级：在其所在层级中它上方没有任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="193"/>
        <source>%1 cannot be indented under %2: the two are linked, and a task cannot be linked to its own summary.</source>
        <translation>%1 无法降级到 %2 之下：两者之间存在链接，而任务不能链接到其自身的摘要任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="198"/>
        <source>Indent task</source>
        <translation>降级任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="210"/>
        <source>The task to outdent no longer exists.</source>
        <translation>要升级的任务已不存在。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="213"/>
        <source>%1 is already at the top level.</source>
        <translation>%1 已位于顶层。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="224"/>
        <source>%1 cannot be outdented: it is linked to %2, which would become its subtask.</source>
        <translation>%1 无法升级：它链接到 %2，而后者将成为它的子任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="229"/>
        <source>Outdent task</source>
        <translation>升级任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="248"/>
        <source>The task to move no longer exists.</source>
        <translation>要移动的任务已不存在。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="253"/>
        <source>%1 is already the first task at its level.</source>
        <translation>%1 已是其所在层级的第一个任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="254"/>
        <source>%1 is already the last task at its level.</source>
        <translation>%1 已是其所在层级的最后一个任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="257"/>
        <source>Move task down</source>
        <translation>下移任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="257"/>
        <source>Move task up</source>
        <translation>上移任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="266"/>
        <source>The task to rename no longer exists.</source>
        <translation>要重命名的任务已不存在。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="269"/>
        <source>%1: the name must not be empty.</source>
        <translation>%1：名称不能为空。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="271"/>
        <source>Rename task</source>
        <translation>重命名任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="281"/>
        <location filename="../core/schedule/taskedits.cpp" line="305"/>
        <location filename="../core/schedule/taskedits.cpp" line="332"/>
        <location filename="../core/schedule/taskedits.cpp" line="362"/>
        <location filename="../core/schedule/taskedits.cpp" line="386"/>
        <location filename="../core/schedule/taskedits.cpp" line="453"/>
        <location filename="../core/schedule/taskedits.cpp" line="605"/>
        <location filename="../core/schedule/taskedits.cpp" line="646"/>
        <source>The task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="283"/>
        <source>%1 is a summary task: its duration comes from its subtasks.</source>
        <translation>%1 是摘要任务：其工期由子任务决定。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="285"/>
        <source>%1: the duration must not be negative.</source>
        <translation>%1：工期不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="287"/>
        <source>Change duration</source>
        <translation>更改工期</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="307"/>
        <source>%1: enter a start date.</source>
        <translation>%1：请输入开始日期。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="309"/>
        <source>Move task</source>
        <translation>移动任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="334"/>
        <source>%1: enter a finish date.</source>
        <translation>%1：请输入完成日期。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="336"/>
        <source>%1 has no start yet; schedule the project first.</source>
        <translation>%1 还没有开始时间；请先为项目排定进度。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="338"/>
        <source>%1: the finish (%2) is before the start (%3).</source>
        <translation>%1：完成时间（%2）早于开始时间（%3）。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="341"/>
        <source>%1 is a summary task: its finish comes from its subtasks.</source>
        <translation>%1 是摘要任务：其完成时间由子任务决定。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="346"/>
        <location filename="../core/schedule/taskedits.cpp" line="354"/>
        <source>Change finish</source>
        <translation>更改完成时间</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="364"/>
        <source>%1: % complete must be between 0 and 100 (it is %2).</source>
        <translation>%1：完成百分比必须介于 0 到 100 之间（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="366"/>
        <source>Change % complete</source>
        <translation>更改完成百分比</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="389"/>
        <source>%1 is a summary task: its length comes from its subtasks, which have the estimates.</source>
        <translation>%1 是摘要任务：其长度由子任务决定，估计应设在子任务上。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="391"/>
        <location filename="../core/schedule/taskedits.cpp" line="422"/>
        <source>most likely</source>
        <translation>最可能</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="391"/>
        <location filename="../core/schedule/taskedits.cpp" line="422"/>
        <source>optimistic</source>
        <translation>乐观</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="391"/>
        <location filename="../core/schedule/taskedits.cpp" line="422"/>
        <source>pessimistic</source>
        <translation>悲观</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="395"/>
        <source>%1: the %2 estimate must not be negative.</source>
        <translation>%1：%2估计不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="400"/>
        <source>%1: the %2 estimate (%3) is longer than the %4 estimate (%5); write optimistic ≤ most likely ≤ pessimistic.</source>
        <translation>%1：%2估计（%3）长于%4估计（%5）；须满足 乐观 ≤ 最可能 ≤ 悲观。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="406"/>
        <source>%1: the most likely estimate must be longer than zero.</source>
        <translation>%1：最可能估计必须大于零。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="408"/>
        <source>Change estimate</source>
        <translation>更改估计</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="429"/>
        <source>Enter the %1 estimate too, or leave all three empty.</source>
        <translation>请同时输入%1估计，或将三项全部留空。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="432"/>
        <source>The %1 estimate “%2” is not a working duration: write for example 3d, 4h or 2w.</source>
        <translation>%1估计“%2”不是有效的工作工期，请输入如 3d、4h 或 2w。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="455"/>
        <source>%1 is a summary task: ask for skills on its subtasks.</source>
        <translation>%1 是摘要任务：请在其子任务上设置技能需求。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="462"/>
        <source>Change skill requirements</source>
        <translation>更改技能需求</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="468"/>
        <source>Skill requirement %1: choose a skill of the workspace's catalogue.</source>
        <translation>技能需求 %1：请从工作区的技能目录中选择技能。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="470"/>
        <source>Skill requirement %1 (%2): the minimum level is from 1 to 5 (it is %3).</source>
        <translation>技能需求 %1（%2）：最低等级须为 1 到 5（当前为 %3）。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="475"/>
        <source>Skill requirement %1 (%2): the work must not be negative.</source>
        <translation>技能需求 %1（%2）：工时不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="480"/>
        <source>Skill requirement %1 (%2) does not belong to %3.</source>
        <translation>技能需求 %1（%2）不属于%3。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="559"/>
        <source>A task to link no longer exists.</source>
        <translation>要链接的某个任务已不存在。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="561"/>
        <source>%1 cannot be linked to itself.</source>
        <translation>%1 不能链接到自身。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="563"/>
        <source>%1 and %2 belong to different projects; link tasks within one project.</source>
        <translation>%1 和 %2 属于不同的项目；请在同一项目内链接任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="568"/>
        <source>%1 is already linked to %2.</source>
        <translation>%1 已链接到 %2。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="571"/>
        <source>%1 and %2 cannot be linked: a summary task cannot be linked to its own subtasks.</source>
        <translation>%1 和 %2 无法链接：摘要任务不能链接到其自身的子任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="574"/>
        <source>Linking %1 to %2 would make a loop: %2 already leads to %1.</source>
        <translation>将 %1 链接到 %2 会形成循环：%2 已经通向 %1。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="583"/>
        <source>Link tasks</source>
        <translation>链接任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="594"/>
        <source>Unlink tasks</source>
        <translation>取消任务链接</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="599"/>
        <source>%1 is not linked to %2.</source>
        <translation>%1 未链接到 %2。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="613"/>
        <source>Change predecessors</source>
        <translation>更改前置任务</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="617"/>
        <source>%1 is listed twice as a predecessor of %2.</source>
        <translation>%1 被重复列为 %2 的前置任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="661"/>
        <source>“%1” is not a predecessor: write a task's WBS code or row number, then optionally a type (FS, SS, FF, SF) and a lag such as +2d, for example “3FS+2d”.</source>
        <translation>“%1”不是有效的前置任务：请填写任务的 WBS 代码或行号，然后可选填类型（FS、SS、FF、SF）和延隔时间（如 +2d），例如“3FS+2d”。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="680"/>
        <source>“%1”: no task of this project has the WBS code or row number %2.</source>
        <translation>“%1”：此项目中没有 WBS 代码或行号为 %2 的任务。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="689"/>
        <source>“%1”: “%2” is not a lag; write one such as +2d, -4h, +50% or +3ed.</source>
        <translation>“%1”：“%2”不是有效的延隔时间；请写成 +2d、-4h、+50% 或 +3ed 等形式。</translation>
    </message>
    <message>
        <location filename="../core/schedule/taskedits.cpp" line="770"/>
        <location filename="../core/schedule/taskedits.cpp" line="774"/>
        <source>Reschedule</source>
        <translation>重新排定进度</translation>
    </message>
</context>
<context>
    <name>Keel::TaskTreeModel</name>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="83"/>
        <source>As soon as possible</source>
        <translation>越早越好</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="84"/>
        <source>As late as possible</source>
        <translation>越晚越好</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="85"/>
        <source>Start no earlier than</source>
        <translation>不得早于…开始</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="86"/>
        <source>Start no later than</source>
        <translation>不得晚于…开始</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="87"/>
        <source>Finish no earlier than</source>
        <translation>不得早于…完成</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="88"/>
        <source>Finish no later than</source>
        <translation>不得晚于…完成</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="89"/>
        <source>Must start on</source>
        <translation>必须开始于</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="90"/>
        <source>Must finish on</source>
        <translation>必须完成于</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="369"/>
        <location filename="../ui/tasktreemodel.cpp" line="419"/>
        <source>h</source>
        <comment>hours</comment>
        <translation>小时</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="395"/>
        <source>“%1” is not a duration: write for example 3d, 4h or 2w.</source>
        <translation>“%1”不是有效的工期：请填写例如 3d、4h 或 2w。</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="518"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="519"/>
        <source>Task name</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="520"/>
        <source>Duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="521"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="522"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="523"/>
        <source>Predecessors</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="524"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="525"/>
        <source>% Complete</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="526"/>
        <source>Total float</source>
        <translation>总时差</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="527"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="528"/>
        <source>Work</source>
        <translation>工时</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="529"/>
        <source>Constraint</source>
        <translation>限制类型</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="530"/>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="531"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="532"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="533"/>
        <source>Baseline start</source>
        <translation>基线开始时间</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="534"/>
        <source>Baseline finish</source>
        <translation>基线完成时间</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="535"/>
        <source>Start variance</source>
        <translation>开始时间差异</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="536"/>
        <source>Finish variance</source>
        <translation>完成时间差异</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="537"/>
        <source>Duration variance</source>
        <translation>工期差异</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="538"/>
        <source>Work variance</source>
        <translation>工时差异</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="539"/>
        <source>Cost variance</source>
        <translation>成本差异</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="585"/>
        <source>“%1” is not a date.</source>
        <translation>“%1”不是有效的日期。</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="597"/>
        <source>“%1” is not a percentage between 0 and 100.</source>
        <translation>“%1”不是介于 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="606"/>
        <source>The priority must be a whole number from 0 to 1000.</source>
        <translation>优先级必须是 0 到 1000 之间的整数。</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="609"/>
        <source>Change priority</source>
        <translation>更改优先级</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="615"/>
        <source>Change category</source>
        <translation>更改类别</translation>
    </message>
    <message>
        <location filename="../ui/tasktreemodel.cpp" line="620"/>
        <source>This column cannot be edited.</source>
        <translation>此列不可编辑。</translation>
    </message>
</context>
<context>
    <name>Keel::TemplateInfoDialog</name>
    <message>
        <location filename="../ui/templateinfodialog.cpp" line="25"/>
        <source>e.g. Service desk takeover</source>
        <translation>例如：服务台接管</translation>
    </message>
    <message>
        <location filename="../ui/templateinfodialog.cpp" line="27"/>
        <source>What kind of project the template is for</source>
        <translation>此模板适用于哪类项目</translation>
    </message>
    <message>
        <location filename="../ui/templateinfodialog.cpp" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/templateinfodialog.cpp" line="40"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>Keel::TemplateOutlineDialog</name>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="31"/>
        <source>Edit Template Tasks — %1</source>
        <translation>编辑模板任务 — %1</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="34"/>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="34"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="34"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="34"/>
        <source>Predecessors</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="34"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="39"/>
        <source>Double-click a name, a duration or the predecessors to change them; predecessors are row numbers separated by commas</source>
        <translation>双击名称、工期或前置任务即可修改；前置任务为以逗号分隔的行号</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="74"/>
        <source>A task below the selected row</source>
        <translation>在所选行下方添加任务</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="74"/>
        <source>Add &amp;Task</source>
        <translation>添加任务(&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="75"/>
        <source>A phase after the selected phase</source>
        <translation>在所选阶段之后添加阶段</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="75"/>
        <source>Add &amp;Phase</source>
        <translation>添加阶段(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="76"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="76"/>
        <source>Remove the selected row (a phase with its tasks)</source>
        <translation>删除所选行（删除阶段时连同其任务）</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="77"/>
        <source>&amp;Indent</source>
        <translation>降级(&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="77"/>
        <source>Make the selected phase a task of the phase above</source>
        <translation>将所选阶段变为上一阶段中的任务</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="78"/>
        <source>&amp;Outdent</source>
        <translation>升级(&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="78"/>
        <source>Make the selected task a phase holding the tasks after it</source>
        <translation>将所选任务变为阶段，其后的任务归入该阶段</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="196"/>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="209"/>
        <source>New phase</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../ui/templateoutlinedialog.cpp" line="287"/>
        <source>Row %1 (“%2”): “%3” is not a row number.</source>
        <translation>第 %1 行（“%2”）：“%3”不是行号。</translation>
    </message>
</context>
<context>
    <name>Keel::TemplatesDialog</name>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="46"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="47"/>
        <location filename="../ui/templatesdialog.cpp" line="232"/>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="63"/>
        <source>Process Templates</source>
        <translation>流程模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="65"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="65"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="69"/>
        <source>Process templates</source>
        <translation>流程模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="80"/>
        <source>Duration</source>
        <translation>工期</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="80"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="80"/>
        <source>Predecessors</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="80"/>
        <source>WBS</source>
        <translation>WBS</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="86"/>
        <source>Task outline of the template</source>
        <translation>模板的任务大纲</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="88"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="89"/>
        <source>A template of your own, with one phase and one task to start from</source>
        <translation>新建自己的模板，初始包含一个阶段和一个任务</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="90"/>
        <source>&amp;Copy…</source>
        <translation>复制(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="91"/>
        <source>A template of your own made from the selected one</source>
        <translation>以所选模板为基础创建自己的模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="92"/>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="93"/>
        <source>The name and description of the selected template</source>
        <translation>所选模板的名称和说明</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="94"/>
        <source>Edit &amp;Tasks…</source>
        <translation>编辑任务(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="95"/>
        <source>Phases, tasks, durations and predecessors of the selected template</source>
        <translation>所选模板的阶段、任务、工期和前置任务</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="96"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="97"/>
        <source>Delete the selected template of your own; undo brings it back</source>
        <translation>删除所选的自有模板；可撤消恢复</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="152"/>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="152"/>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="207"/>
        <source>Built-in template: read-only; copy it to make one of your own.</source>
        <translation>内置模板：只读；复制后即可创建自己的模板。</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="208"/>
        <source>Template of this workspace</source>
        <translation>本工作区的模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="232"/>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="233"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="250"/>
        <source>The change was refused.</source>
        <translation>更改被拒绝。</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="255"/>
        <source>New Process Template</source>
        <translation>新建流程模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="256"/>
        <source>A template of your own starts with one phase and one task; edit its tasks next.</source>
        <translation>自己的模板初始包含一个阶段和一个任务，接下来可编辑其任务。</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="270"/>
        <source>A template of your own with the phases and tasks of “%1”.</source>
        <translation>以“%1”的阶段和任务创建自己的模板。</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="270"/>
        <source>Copy Process Template</source>
        <translation>复制流程模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="271"/>
        <source>Copy of %1</source>
        <translation>%1 的副本</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="284"/>
        <source>Rename Process Template</source>
        <translation>重命名流程模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="288"/>
        <location filename="../ui/templatesdialog.cpp" line="312"/>
        <source>The template no longer exists.</source>
        <translation>该模板已不存在。</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="328"/>
        <location filename="../ui/templatesdialog.cpp" line="331"/>
        <location filename="../ui/templatesdialog.cpp" line="338"/>
        <source>Delete Template</source>
        <translation>删除模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="332"/>
        <source>Delete the template “%1”? Projects made from it keep their tasks; undo brings it back.</source>
        <translation>删除模板“%1”？由它创建的项目会保留其任务；可撤消恢复。</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="348"/>
        <source>Save as Template</source>
        <translation>另存为模板</translation>
    </message>
    <message>
        <location filename="../ui/templatesdialog.cpp" line="349"/>
        <source>The phases, tasks, durations, links, milestones and skill needs of “%1” become a template of this workspace; dates, progress, people and money stay with the project.</source>
        <translation>“%1”的阶段、任务、工期、链接、里程碑和技能需求将成为本工作区的模板；日期、进度、人员和金额仍只保留在项目中。</translation>
    </message>
</context>
<context>
    <name>Keel::TemporaryDocumentFiles</name>
    <message>
        <location filename="../ui/temporarydocumentfiles.cpp" line="22"/>
        <source>The document has no stored content to open.</source>
        <translation>该文档没有可打开的已存储内容。</translation>
    </message>
    <message>
        <location filename="../ui/temporarydocumentfiles.cpp" line="36"/>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>Keel::TextDecoding</name>
    <message>
        <location filename="../core/interop/textdecoding.cpp" line="19"/>
        <source>the file is not valid %1 text</source>
        <translation>该文件不是有效的 %1 文本</translation>
    </message>
    <message>
        <location filename="../core/interop/textdecoding.cpp" line="39"/>
        <source>the encoding “%1” is not known</source>
        <translation>未知的编码“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/textdecoding.cpp" line="69"/>
        <source>the file is not UTF-8, and GB18030 is not available to read it</source>
        <translation>该文件不是 UTF-8 编码，且没有可用的 GB18030 解码器来读取它</translation>
    </message>
</context>
<context>
    <name>Keel::TimesheetDialog</name>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="60"/>
        <source>Timesheet</source>
        <translation>工时表</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="74"/>
        <source>&amp;Person:</source>
        <translation>人员(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="78"/>
        <source>Previous week (Ctrl+PgUp)</source>
        <translation>上一周（Ctrl+PgUp）</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="81"/>
        <source>Next week (Ctrl+PgDown)</source>
        <translation>下一周（Ctrl+PgDown）</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="82"/>
        <source>This &amp;Week</source>
        <translation>本周(&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="109"/>
        <source>Type the hours worked: 7.5, 7h 30m or 450m; empty or 0 removes them</source>
        <translation>输入工作时长：7.5、7h 30m 或 450m；留空或 0 表示删除</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="111"/>
        <source>&amp;Add a task:</source>
        <translation>添加任务(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="115"/>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="123"/>
        <source>&amp;Submit Week</source>
        <translation>提交本周(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="124"/>
        <source>A&amp;pprove…</source>
        <translation>批准(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="125"/>
        <source>&amp;Reject…</source>
        <translation>退回(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="128"/>
        <source>Send the week to be approved (Ctrl+Return)</source>
        <translation>提交本周工时以待审批（Ctrl+Return）</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="129"/>
        <source>Approve the submitted week; approved time is locked</source>
        <translation>批准已提交的一周；批准后的工时将被锁定</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="130"/>
        <source>Send the week back with a comment saying what to correct</source>
        <translation>退回本周工时，并附上需要更正之处的说明</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="223"/>
        <source>No open project has a task yet</source>
        <translation>尚无进行中的项目包含任务</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="248"/>
        <source>Week of %1</source>
        <translation>%1 这一周</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="252"/>
        <source>Add a person to the resource pool to log time.</source>
        <translation>请先向资源池添加人员，再记录工时。</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="253"/>
        <source>No time logged this week yet. Type the hours in the grid.</source>
        <translation>本周尚未记录工时。请在表格中输入小时数。</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="256"/>
        <source>Draft: the hours are saved as you type; submit the week when it is complete.</source>
        <translation>草稿：输入的工时会即时保存；填写完整后请提交本周。</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="259"/>
        <source>Submitted: waiting for approval. The hours can be changed again if the week is rejected.</source>
        <translation>已提交：等待审批。若本周被退回，可再次修改工时。</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="263"/>
        <source>Approved and locked.</source>
        <translation>已批准并锁定。</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="264"/>
        <source>Approved and locked. Approver's comment: %1</source>
        <translation>已批准并锁定。审批人意见：%1</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="267"/>
        <source>Rejected: %1 — correct the hours and submit the week again.</source>
        <translation>已退回：%1 —— 请更正工时后再次提交本周。</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="276"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="282"/>
        <location filename="../ui/timesheetdialog.cpp" line="313"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="292"/>
        <source>Not assigned to this person</source>
        <translation>未分配给此人员</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="368"/>
        <source>“%1” on %2 is not a time worked; type hours such as 7.5, 7h 30m or 450m.</source>
        <translation>%2 的“%1”不是有效的工作时长；请输入例如 7.5、7h 30m 或 450m。</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="400"/>
        <source>Submit Week</source>
        <translation>提交本周</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="407"/>
        <location filename="../ui/timesheetdialog.cpp" line="423"/>
        <source>Approve Week</source>
        <translation>批准本周</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="414"/>
        <location filename="../ui/timesheetdialog.cpp" line="425"/>
        <source>Reject Week</source>
        <translation>退回本周</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="424"/>
        <source>Approve the week of %1 for %2. A comment (optional):</source>
        <translation>批准 %2 在 %1 这一周的工时。意见（可选）：</translation>
    </message>
    <message>
        <location filename="../ui/timesheetdialog.cpp" line="426"/>
        <source>Say what %2 should correct in the week of %1:</source>
        <translation>请说明 %2 在 %1 这一周需要更正的内容：</translation>
    </message>
</context>
<context>
    <name>Keel::TrayNotifier</name>
    <message>
        <location filename="../ui/traynotifier.cpp" line="15"/>
        <location filename="../ui/traynotifier.cpp" line="29"/>
        <source>Keel</source>
        <translation>Keel</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="29"/>
        <source>Keel — %n unread inbox item(s)</source>
        <translation>
            <numerusform>Keel — %n 个未读收件箱项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="36"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="38"/>
        <source>%n new inbox item(s)</source>
        <translation>
            <numerusform>%n 个新收件箱项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::UpdateProjectDialog</name>
    <message>
        <location filename="../ui/progressdialog.cpp" line="212"/>
        <source>Set 0 % – 100 % complete: tasks under way as far as their working time has passed</source>
        <translation>设置 0% – 100% 完成：进行中的任务按已过去的工作时间计算</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="213"/>
        <source>Set 0 % or 100 % complete only: tasks that should have finished</source>
        <translation>仅设置 0% 或 100% 完成：只处理应已完成的任务</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="215"/>
        <source>Update Project</source>
        <translation>更新项目</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="222"/>
        <source>Marks the work scheduled through the end of the status date as done, and sets the project's status date. Progress already recorded is kept where it is further.</source>
        <translation>将截至状态日期当天结束时计划的工作标记为已完成，并设置项目的状态日期。已记录的进度若更靠前则保持不变。</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="228"/>
        <source>Update work as complete &amp;through:</source>
        <translation>将截至以下日期的工作更新为已完成(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../ui/progressdialog.cpp" line="233"/>
        <source>&amp;Update</source>
        <translation>更新(&amp;U)</translation>
    </message>
</context>
<context>
    <name>Keel::Utilisation</name>
    <message>
        <location filename="../core/analytics/utilisation.cpp" line="138"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../core/analytics/utilisation.cpp" line="160"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Keel::Validation</name>
    <message>
        <location filename="../core/model/schema.cpp" line="22"/>
        <source>%1: %2 must be between %3 and %4 (it is %5).</source>
        <translation>%1：%2必须介于 %3 和 %4 之间（当前为 %5）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="28"/>
        <source>%1: %2 must not be empty.</source>
        <translation>%1：%2不能为空。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="41"/>
        <source>%1: a working interval must lie within one day and end after it starts.</source>
        <translation>%1：工作时段必须在一天之内，且结束时间晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="43"/>
        <source>%1: working intervals must be in order and must not overlap.</source>
        <translation>%1：工作时段必须按顺序排列且不能重叠。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="64"/>
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="66"/>
        <location filename="../core/model/schema.cpp" line="174"/>
        <location filename="../core/model/schema.cpp" line="233"/>
        <location filename="../core/model/schema.cpp" line="429"/>
        <source>%1: the currency must be a three-letter ISO 4217 code.</source>
        <translation>%1：货币必须是三个字母的 ISO 4217 代码。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="68"/>
        <source>minutes per day</source>
        <translation>每天分钟数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="70"/>
        <source>minutes per week</source>
        <translation>每周分钟数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="72"/>
        <source>days per month</source>
        <translation>每月天数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="86"/>
        <location filename="../core/model/schema.cpp" line="117"/>
        <location filename="../core/model/schema.cpp" line="130"/>
        <location filename="../core/model/schema.cpp" line="144"/>
        <location filename="../core/model/schema.cpp" line="167"/>
        <location filename="../core/model/schema.cpp" line="230"/>
        <location filename="../core/model/schema.cpp" line="513"/>
        <location filename="../core/model/schema.cpp" line="595"/>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="89"/>
        <source>%1 cannot be its own base calendar.</source>
        <translation>%1 不能作为自己的基准日历。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="94"/>
        <source>%1: its base calendars form a loop.</source>
        <translation>%1：其基准日历形成了循环。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="104"/>
        <source>%1: the exception “%2” ends before it starts.</source>
        <translation>%1：例外“%2”的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="147"/>
        <location filename="../core/model/schema.cpp" line="172"/>
        <source>%1: “%2” is not an e-mail address.</source>
        <translation>%1：“%2”不是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="170"/>
        <source>%1: maximum units must be between 0 and 100 (it is %2).</source>
        <translation>%1：最大单位必须介于 0 和 100 之间（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="177"/>
        <source>%1: rates must not be negative.</source>
        <translation>%1：费率不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="182"/>
        <source>%1: maximum units must be between 0 and 100 (it is %2 from %3).</source>
        <translation>%1：最大单位必须在 0 到 100 之间（自 %3 起为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="187"/>
        <source>%1: each change of the maximum units needs the date it takes effect.</source>
        <translation>%1：最大单位的每次变更都需要生效日期。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="189"/>
        <source>%1: the changes of the maximum units must be in date order, one per date (%2).</source>
        <translation>%1：最大单位的变更必须按日期排序，每个日期一次（%2）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="202"/>
        <source>a skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="235"/>
        <location filename="../core/model/schema.cpp" line="265"/>
        <location filename="../core/model/schema.cpp" line="311"/>
        <source>the priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="237"/>
        <source>%1: amounts must not be negative.</source>
        <translation>%1：金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="239"/>
        <location filename="../core/model/schema.cpp" line="313"/>
        <source>%1: the finish (%2) is before the start (%3).</source>
        <translation>%1：完成时间（%2）早于开始时间（%3）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="243"/>
        <source>%1: the code “%2” is already used by %3.</source>
        <translation>%1：代码“%2”已被%3使用。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="262"/>
        <location filename="../core/model/schema.cpp" line="475"/>
        <location filename="../core/model/schema.cpp" line="500"/>
        <location filename="../core/model/schema.cpp" line="565"/>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="303"/>
        <source>%1: the duration must not be negative.</source>
        <translation>%1：工期不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="305"/>
        <source>%1: the leveling delay must not be negative.</source>
        <translation>%1：调配延迟不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="307"/>
        <location filename="../core/model/schema.cpp" line="373"/>
        <location filename="../core/model/schema.cpp" line="389"/>
        <source>%1: the work must not be negative.</source>
        <translation>%1：工时不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="309"/>
        <source>percent complete</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="315"/>
        <source>%1: the actual finish is before the actual start.</source>
        <translation>%1：实际完成时间早于实际开始时间。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="318"/>
        <source>%1: the constraint “%2” needs a date.</source>
        <translation>%1：限制条件“%2”需要一个日期。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="320"/>
        <source>%1: estimates must not be negative.</source>
        <translation>%1：估算值不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="323"/>
        <source>%1: the estimates must satisfy optimistic ≤ most likely ≤ pessimistic.</source>
        <translation>%1：估算值必须满足 乐观 ≤ 最可能 ≤ 悲观。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="326"/>
        <source>%1 cannot be its own parent.</source>
        <translation>%1 不能作为自己的父任务。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="329"/>
        <source>%1: its parent belongs to another project.</source>
        <translation>%1：其父任务属于另一个项目。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="333"/>
        <source>%1 cannot be placed under one of its own subtasks.</source>
        <translation>%1 不能放在它自己的子任务之下。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="350"/>
        <source>%1 cannot depend on itself.</source>
        <translation>%1 不能依赖于自身。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="354"/>
        <source>%1 and %2 belong to different projects; link tasks within one project.</source>
        <translation>%1 和 %2 属于不同的项目；只能链接同一项目内的任务。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="357"/>
        <source>A lag in percent must be between -10000 and 10000.</source>
        <translation>百分比形式的延隔时间必须介于 -10000 和 10000 之间。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="371"/>
        <source>the minimum skill level</source>
        <translation>最低技能等级</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="387"/>
        <source>%1: assignment units must be between 0 and 100 (it is %2).</source>
        <translation>%1：分配单位必须介于 0 和 100 之间（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="406"/>
        <source>%1: a time entry needs a date.</source>
        <translation>%1：工时记录需要一个日期。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="408"/>
        <source>the minutes of a time entry</source>
        <translation>工时记录的分钟数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="427"/>
        <source>%1: an expense must not be negative.</source>
        <translation>%1：费用不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="443"/>
        <source>the baseline number</source>
        <translation>基线编号</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="446"/>
        <source>%1 already has baseline %2.</source>
        <translation>%1 已有基线 %2。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="478"/>
        <source>the probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="480"/>
        <source>the impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="527"/>
        <source>%1: a document version needs the SHA-256 of its content.</source>
        <translation>%1：文档版本需要其内容的 SHA-256 值。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="552"/>
        <source>a rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="575"/>
        <source>Exchange rate %1 → %2</source>
        <translation>汇率 %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="577"/>
        <source>%1: both currencies must be ISO 4217 codes such as EUR or CNY.</source>
        <translation>%1：两种货币都必须是 ISO 4217 代码，例如 EUR 或 CNY。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="579"/>
        <source>%1: the two currencies must differ.</source>
        <translation>%1：两种货币必须不同。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="581"/>
        <source>%1: give the day the rate applies from.</source>
        <translation>%1：请给出汇率的生效日期。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="583"/>
        <source>%1: the rate must be a positive number (it is %2).</source>
        <translation>%1：汇率必须是正数（现为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="597"/>
        <source>the key</source>
        <translation>键</translation>
    </message>
</context>
<context>
    <name>Keel::WelcomeView</name>
    <message>
        <location filename="../ui/welcomeview.cpp" line="23"/>
        <source>Welcome to Keel</source>
        <translation>欢迎使用 Keel</translation>
    </message>
    <message>
        <location filename="../ui/welcomeview.cpp" line="24"/>
        <source>A workspace holds your clients, projects and resource pool in one file. Create a new one or open an existing workspace.</source>
        <translation>工作区将您的客户、项目和资源库保存在一个文件中。请新建一个工作区，或打开已有的工作区。</translation>
    </message>
    <message>
        <location filename="../ui/welcomeview.cpp" line="27"/>
        <location filename="../ui/welcomeview.cpp" line="44"/>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <location filename="../ui/welcomeview.cpp" line="35"/>
        <source>New Workspace…</source>
        <translation>新建工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomeview.cpp" line="36"/>
        <source>Open Workspace…</source>
        <translation>打开工作区…</translation>
    </message>
    <message>
        <location filename="../ui/welcomeview.cpp" line="70"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Keel::Workspace</name>
    <message>
        <location filename="../core/model/workspace.cpp" line="143"/>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="160"/>
        <source>A change names an unknown kind of entity.</source>
        <translation>某项更改指定了未知的实体类型。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="168"/>
        <source>A new %1 has no id.</source>
        <translation>新的%1没有 ID。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="170"/>
        <source>%1 already exists.</source>
        <translation>%1已存在。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="172"/>
        <source>A new %1 has %2 fields; %3 expected.</source>
        <translation>新的%1有 %2 个字段；应为 %3 个。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="176"/>
        <source>A new %1: the value “%2” does not fit field “%3”.</source>
        <translation>新的%1：值“%2”不适用于字段“%3”。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="184"/>
        <location filename="../core/model/workspace.cpp" line="198"/>
        <source>There is no %1 with id %2.</source>
        <translation>不存在 ID 为 %2 的%1。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="187"/>
        <source>A %1 has no field “%2”.</source>
        <translation>%1没有字段“%2”。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="190"/>
        <source>%1: the value “%2” does not fit field “%3”.</source>
        <translation>%1：值“%2”不适用于字段“%3”。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="251"/>
        <source>%1 needs a %2.</source>
        <translation>%1需要一个%2。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="255"/>
        <source>%1 refers to a %2 that does not exist (%3).</source>
        <translation>%1引用的%2不存在（%3）。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="273"/>
        <source>%1 cannot be deleted: %2 still refers to it.</source>
        <translation>无法删除该%1：%2仍在引用它。</translation>
    </message>
</context>
<context>
    <name>Keel::XmlTree</name>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="61"/>
        <source>a second top-level element</source>
        <translation>出现了第二个顶层元素</translation>
    </message>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="63"/>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="65"/>
        <source>the document has too many elements</source>
        <translation>文档包含的元素过多</translation>
    </message>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="107"/>
        <source>the document ends too early (is the file truncated?)</source>
        <translation>文档过早结束（文件是否不完整？）</translation>
    </message>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="111"/>
        <source>the file holds no XML element</source>
        <translation>文件中没有 XML 元素</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="29"/>
        <source>Keel — plan, staff, track and report client projects.</source>
        <translation>Keel — 规划、配置人员、跟踪并报告客户项目。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="33"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="34"/>
        <source>The workspace to open; it is created if it does not exist.</source>
        <translation>要打开的工作区；如果不存在则新建。</translation>
    </message>
    <message>
        <location filename="../app/desktop/main.cpp" line="35"/>
        <source>[file]</source>
        <translation>[文件]</translation>
    </message>
</context>
</TS>
