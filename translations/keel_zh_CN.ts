<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Keel::ClientModel</name>
    <message>
        <location filename="../ui/clientmodel.cpp" line="79"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/clientmodel.cpp" line="81"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/clientmodel.cpp" line="83"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location filename="../ui/clientmodel.cpp" line="85"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../ui/clientmodel.cpp" line="87"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>Keel::ClientsView</name>
    <message>
        <location filename="../ui/clientsview.cpp" line="9"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="11"/>
        <source>Search code, name or industry</source>
        <translation>搜索代码、名称或行业</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/clientsview.cpp" line="18"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/clientsview.cpp" line="23"/>
        <source>No clients yet.</source>
        <translation>还没有客户。</translation>
    </message>
</context>
<context>
    <name>Keel::CpmScheduler</name>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="114"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="172"/>
        <source>The schedule has no calendar; the Standard calendar was used.</source>
        <translation>进度计划没有日历；已使用“标准”日历。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="175"/>
        <source>The project calendar does not exist; the first calendar was used.</source>
        <translation>项目日历不存在；已使用第一个日历。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="193"/>
        <source>Task %1 uses a calendar that does not exist; the project calendar was used.</source>
        <translation>任务 %1 使用的日历不存在；已改用项目日历。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="198"/>
        <source>Task %1 has a parent that does not exist; it was placed at the top level.</source>
        <translation>任务 %1 的父任务不存在；已将其放在顶层。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="203"/>
        <source>Task %1 has a negative duration; zero was used.</source>
        <translation>任务 %1 的工期为负数；已按零处理。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="228"/>
        <source>Tasks %1 are each other's parents; task %2 was placed at the top level.</source>
        <translation>任务 %1 互为父任务；已将任务 %2 放在顶层。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="285"/>
        <source>Link %1 refers to a task that does not exist; it was ignored.</source>
        <translation>链接 %1 指向不存在的任务；已忽略该链接。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="577"/>
        <source>These tasks depend on each other in a loop: %1. The links closing the loop were ignored.</source>
        <translation>这些任务相互依赖，形成循环：%1。已忽略构成循环的链接。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="1738"/>
        <source>Task %1: its links and its constraint disagree by %2 working hours.</source>
        <translation>任务 %1：其链接与限制条件相差 %2 个工作小时。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="1748"/>
        <source>Manually scheduled task %1 starts %2 working hours before its predecessors allow.</source>
        <translation>手动计划的任务 %1 比其前置任务允许的时间早 %2 个工作小时开始。</translation>
    </message>
    <message>
        <location filename="../core/schedule/cpmscheduler.cpp" line="1759"/>
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
        <location filename="../core/interop/csvreader.cpp" line="521"/>
        <source>“%1” is not a resource with units (expected e.g. Ann[50%]).</source>
        <translation>“%1”不是带单位的资源（例如应为 Ann[50%]）。</translation>
    </message>
</context>
<context>
    <name>Keel::Demo</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="87"/>
        <source>The demo scale must be between 1 and 1000 (it is %1).</source>
        <translation>演示规模必须介于 1 和 1000 之间（当前为 %1）。</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="89"/>
        <source>The demo can only fill an empty workspace; this one already has projects.</source>
        <translation>演示数据只能填入空工作区；此工作区已有项目。</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="105"/>
        <source>The demo's calendars, people and clients were refused: %1</source>
        <translation>演示数据中的日历、人员和客户被拒绝：%1</translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="116"/>
        <source>The demo project %1 was refused: %2</source>
        <translation>演示项目 %1 被拒绝：%2</translation>
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
    <name>Keel::EntityType</name>
    <message>
        <location filename="../core/model/schema.cpp" line="568"/>
        <source>settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="569"/>
        <source>calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="570"/>
        <source>skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="571"/>
        <source>client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="572"/>
        <source>contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="573"/>
        <source>resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="574"/>
        <source>resource skill</source>
        <translation>资源技能</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="575"/>
        <source>project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="576"/>
        <source>requirement</source>
        <translation>需求</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="577"/>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="578"/>
        <source>dependency</source>
        <translation>依赖关系</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="579"/>
        <source>skill requirement</source>
        <translation>技能要求</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="580"/>
        <source>assignment</source>
        <translation>工作分配</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="581"/>
        <source>time entry</source>
        <translation>工时记录</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="582"/>
        <source>expense</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="583"/>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="584"/>
        <source>baseline task</source>
        <translation>基线任务</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="585"/>
        <source>risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="586"/>
        <source>request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="587"/>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="588"/>
        <source>document version</source>
        <translation>文档版本</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="589"/>
        <source>communication</source>
        <translation>沟通记录</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="590"/>
        <source>satisfaction rating</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="591"/>
        <source>lesson learned</source>
        <translation>经验教训</translation>
    </message>
</context>
<context>
    <name>Keel::EnumText</name>
    <message>
        <location filename="../ui/enumtext.cpp" line="9"/>
        <source>Initiation</source>
        <translation>启动</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="11"/>
        <source>Planning</source>
        <translation>规划</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="13"/>
        <source>Execution</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="15"/>
        <source>Monitoring</source>
        <translation>监控</translation>
    </message>
    <message>
        <location filename="../ui/enumtext.cpp" line="17"/>
        <source>Closing</source>
        <translation>收尾</translation>
    </message>
    <message>
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
    <name>Keel::Exporter</name>
    <message>
        <location filename="../core/interop/exporter.cpp" line="34"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <name>Keel::Interop</name>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="197"/>
        <source>Imported project</source>
        <translation>导入的项目</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="214"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="216"/>
        <source>Calendar “%1” names a base calendar that is not in the file; it has none now.</source>
        <translation>日历“%1”指定的基准日历不在文件中；现在它没有基准日历。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="237"/>
        <source>Calendar “%1”: working times that overlapped or were out of order were merged.</source>
        <translation>日历“%1”：重叠或顺序错乱的工作时间已合并。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="248"/>
        <source>Calendar “%1”: its base calendars formed a loop or a chain too long to follow; it has no base now.</source>
        <translation>日历“%1”：其基准日历形成循环或链条过长，无法追溯；现已取消其基准日历。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="269"/>
        <source>Resource %1</source>
        <translation>资源 %1</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="294"/>
        <source>a task without a name</source>
        <translation>一个没有名称的任务</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="294"/>
        <source>task “%1”</source>
        <translation>任务“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="301"/>
        <source>%1: a negative duration was set to zero.</source>
        <translation>%1：负工期已设为零。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="308"/>
        <source>%1: the finish was before the start and now equals it.</source>
        <translation>%1：完成时间早于开始时间，现已设为与开始时间相同。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="312"/>
        <source>%1: the actual finish was before the actual start and now equals it.</source>
        <translation>%1：实际完成时间早于实际开始时间，现已设为与实际开始时间相同。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="317"/>
        <source>%1: the constraint “%2” had no date; the task is now “as soon as possible”.</source>
        <translation>%1：限制条件“%2”没有日期；该任务现为“越早越好”。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="359"/>
        <source>A task linked to itself; the link was dropped.</source>
        <translation>有任务链接到自身；已删除该链接。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="363"/>
        <source>Two links joined the same pair of tasks; only the first was kept.</source>
        <translation>有两个链接连接同一对任务；只保留了第一个。</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="417"/>
        <source>Import “%1”</source>
        <translation>导入“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/projectbundle.cpp" line="456"/>
        <source>The file counts %1 minutes per day and %2 per week; the workspace keeps its own %3 and %4.</source>
        <translation>文件按每天 %1 分钟、每周 %2 分钟计算；工作区保留自己的 %3 和 %4。</translation>
    </message>
</context>
<context>
    <name>Keel::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="49"/>
        <source>Keel workspaces (*.keel);;All files (*)</source>
        <translation>Keel 工作区 (*.keel);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Create a new workspace file</source>
        <translation>创建新的工作区文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="113"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>Open a workspace file</source>
        <translation>打开工作区文件</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="118"/>
        <source>&amp;Close Workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>Show &amp;Side Bar</source>
        <translation>显示侧边栏(&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;About Keel</source>
        <translation>关于 Keel(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>No Recent Workspaces</source>
        <translation>没有最近的工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Clear Menu</source>
        <translation>清除菜单(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="223"/>
        <source>System Language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="236"/>
        <source>Keel will use the new language the next time it starts.</source>
        <translation>Keel 将在下次启动时使用新的语言。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="239"/>
        <source>The KEEL_LANG environment variable is set and takes precedence over this choice.</source>
        <translation>已设置环境变量 KEEL_LANG，它优先于此处的选择。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="293"/>
        <source>Cannot Open Workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="294"/>
        <source>The workspace could not be opened.</source>
        <translation>无法打开该工作区。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="318"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>Status reports, earned value, utilisation and profitability across the portfolio will appear here, ready to print or export as PDF.</source>
        <translation>整个项目组合的状态报告、挣值、利用率和盈利能力将显示在这里，可直接打印或导出为 PDF。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="323"/>
        <source>Inbox</source>
        <translation>收件箱</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>Client requests, approvals waiting for you and reminders from your rules will collect here.</source>
        <translation>客户请求、等待您审批的事项以及规则发出的提醒都会汇集在这里。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="375"/>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="376"/>
        <source>Untitled.keel</source>
        <translation>未命名.keel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>%1 already exists. Choose another name, or open it with File → Open.</source>
        <translation>%1 已存在。请换一个名称，或通过“文件 → 打开”打开它。</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="394"/>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="402"/>
        <source>About Keel</source>
        <translation>关于 Keel</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="403"/>
        <source>&lt;h3&gt;Keel %1&lt;/h3&gt;&lt;p&gt;Project service management for service organisations: plan, staff, track and report client projects, offline or with a shared server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keel %1&lt;/h3&gt;&lt;p&gt;面向服务型组织的项目服务管理：规划、配置人员、跟踪并报告客户项目，可离线使用，也可连接共享服务器。&lt;/p&gt;&lt;p&gt;基于 Qt %2 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="411"/>
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
        <location filename="../core/interop/mspdireader.cpp" line="665"/>
        <location filename="../core/interop/mspdireader.cpp" line="690"/>
        <location filename="../core/interop/mspdireader.cpp" line="739"/>
        <source>task UID %1</source>
        <translation>任务 UID %1</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="592"/>
        <source>task UID %1 “%2”</source>
        <translation>任务 UID %1“%2”</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="617"/>
        <source>%1: the duration must not be negative.</source>
        <translation>%1：工期不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="625"/>
        <source>%1: %2 is not a constraint type (expected 0 to 7).</source>
        <translation>%1：%2 不是限制类型（应为 0 到 7）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="631"/>
        <source>%1: percent complete %2 was limited to 0–100.</source>
        <translation>%1：完成百分比 %2 已被限制在 0–100 之间。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="639"/>
        <source>%1: its calendar (UID %2) is not in the file; it uses the project calendar.</source>
        <translation>%1：其日历（UID %2）不在文件中；改用项目日历。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="661"/>
        <source>a task has no UID.</source>
        <translation>有任务没有 UID。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="662"/>
        <source>a task</source>
        <translation>一个任务</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="671"/>
        <source>two tasks have the UID %1.</source>
        <translation>有两个任务的 UID 都是 %1。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="717"/>
        <source>Inactive tasks were imported as manually scheduled tasks without links.</source>
        <translation>非活动任务已作为没有链接的手动计划任务导入。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="751"/>
        <source>Links to tasks in other projects were skipped.</source>
        <translation>已跳过指向其他项目中任务的链接。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="758"/>
        <source>%1: its predecessor UID %2 is not in the file; the link was skipped.</source>
        <translation>%1：其前置任务 UID %2 不在文件中；已跳过该链接。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="765"/>
        <source>%1: %2 is not a link type (expected 0 = FF, 1 = FS, 2 = SF, 3 = SS).</source>
        <translation>%1：%2 不是链接类型（应为 0 = FF、1 = FS、2 = SF、3 = SS）。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="794"/>
        <source>a resource has no UID.</source>
        <translation>有资源没有 UID。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="795"/>
        <source>a resource</source>
        <translation>一个资源</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="798"/>
        <source>resource UID %1</source>
        <translation>资源 UID %1</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="798"/>
        <source>resource “%1”</source>
        <translation>资源“%1”</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="815"/>
        <source>two resources have the UID %1.</source>
        <translation>有两个资源的 UID 都是 %1。</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="869"/>
        <source>an assignment</source>
        <translation>一项工作分配</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="899"/>
        <source>task UID %1, baseline</source>
        <translation>任务 UID %1，基线</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="919"/>
        <source>Baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="919"/>
        <source>Baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <location filename="../core/interop/mspdireader.cpp" line="942"/>
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
    <name>Keel::PortfolioModel</name>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="150"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="152"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="154"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="156"/>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="158"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="160"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="162"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="164"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="203"/>
        <source>Change code of “%1”</source>
        <translation>更改“%1”的代码</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="211"/>
        <source>Rename “%1”</source>
        <translation>重命名“%1”</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="221"/>
        <source>Move “%1” to %2</source>
        <translation>将“%1”移至%2</translation>
    </message>
    <message>
        <location filename="../ui/portfoliomodel.cpp" line="231"/>
        <source>Set health of “%1” to %2</source>
        <translation>将“%1”的健康状况设为%2</translation>
    </message>
</context>
<context>
    <name>Keel::PortfolioView</name>
    <message>
        <location filename="../ui/portfolioview.cpp" line="28"/>
        <source>Portfolio</source>
        <translation>项目组合</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="35"/>
        <source>Search code, name or client</source>
        <translation>搜索代码、名称或客户</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="36"/>
        <source>Search projects</source>
        <translation>搜索项目</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="37"/>
        <source>All phases</source>
        <translation>所有阶段</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="40"/>
        <source>Phase filter</source>
        <translation>阶段筛选</translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="46"/>
        <location filename="../ui/portfolioview.cpp" line="105"/>
        <source>No projects yet.</source>
        <translation>还没有项目。</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="102"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="104"/>
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%n 个项目中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/portfolioview.cpp" line="105"/>
        <source>No projects match the filter.</source>
        <translation>没有符合筛选条件的项目。</translation>
    </message>
</context>
<context>
    <name>Keel::Profitability</name>
    <message>
        <location filename="../core/analytics/profitability.cpp" line="136"/>
        <source>(no client)</source>
        <translation>（无客户）</translation>
    </message>
    <message>
        <location filename="../core/analytics/profitability.cpp" line="143"/>
        <source>Total</source>
        <translation>合计</translation>
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
    <name>Keel::ProjectSnapshot</name>
    <message>
        <location filename="../core/schedule/projectsnapshot.cpp" line="190"/>
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
    <name>Keel::ProjectsView</name>
    <message>
        <location filename="../ui/projectsview.cpp" line="21"/>
        <location filename="../ui/projectsview.cpp" line="33"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../ui/projectsview.cpp" line="35"/>
        <source>Search projects</source>
        <translation>搜索项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/projectsview.cpp" line="65"/>
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
    <name>Keel::RcpspProblem</name>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="114"/>
        <source>job %1 has a negative duration</source>
        <translation>作业 %1 的工期为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="116"/>
        <source>job %1 has a negative release date</source>
        <translation>作业 %1 的释放时间为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="118"/>
        <source>job %1 is fixed at a negative start</source>
        <translation>作业 %1 被固定在负的开始时间</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="122"/>
        <source>resource %1 has a negative capacity</source>
        <translation>资源 %1 的容量为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="125"/>
        <source>resource %1 has a negative capacity in its profile</source>
        <translation>资源 %1 的容量曲线中有负值</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="132"/>
        <source>a request names job %1 and resource %2, which do not exist</source>
        <translation>某项需求指定的作业 %1 和资源 %2 不存在</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="136"/>
        <source>job %1 requests a negative amount of resource %2</source>
        <translation>作业 %1 对资源 %2 的需求量为负数</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="144"/>
        <source>job %1 needs %2 units of resource %3, which never has more than %4</source>
        <translation>作业 %1 需要 %2 个单位的资源 %3，但该资源最多只有 %4 个</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="159"/>
        <source>a link joins job %1 and job %2, which do not exist</source>
        <translation>某个链接连接的作业 %1 和作业 %2 不存在</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="161"/>
        <source>job %1 is linked to itself</source>
        <translation>作业 %1 链接到了自身</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="242"/>
        <source>the schedule would span more than %1 periods; use longer periods</source>
        <translation>进度计划将超过 %1 个时段；请使用更长的时段</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="266"/>
        <source>resource %1 has no capacity for the work requested of it</source>
        <translation>资源 %1 没有容量完成分配给它的工作</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="306"/>
        <source>job %1</source>
        <translation>作业 %1</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="310"/>
        <source>dependency cycle: %1</source>
        <translation>依赖循环：%1</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="343"/>
        <source>expected %1 start times, got %2</source>
        <translation>应有 %1 个开始时间，实际为 %2 个</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="353"/>
        <source>job %1 starts before period 0</source>
        <translation>作业 %1 在时段 0 之前开始</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="355"/>
        <source>job %1 starts at %2, before its release date %3</source>
        <translation>作业 %1 在 %2 开始，早于其释放时间 %3</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="357"/>
        <source>fixed job %1 moved from %2 to %3</source>
        <translation>固定作业 %1 从 %2 移到了 %3</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="361"/>
        <source>job %1 starts at %2, but its link from job %3 needs %4 or later</source>
        <translation>作业 %1 在 %2 开始，但来自作业 %3 的链接要求不早于 %4</translation>
    </message>
    <message>
        <location filename="../core/schedule/rcpspproblem.cpp" line="385"/>
        <source>resource %1 is over capacity in period %2 (%3 &gt; %4)</source>
        <translation>资源 %1 在时段 %2 超出容量（%3 &gt; %4）</translation>
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
        <location filename="../core/report/portfolioreport.cpp" line="57"/>
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
        <location filename="../core/report/portfolioreport.cpp" line="103"/>
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
        <location filename="../core/report/portfolioreport.cpp" line="109"/>
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
        <location filename="../core/report/profitabilityreport.cpp" line="146"/>
        <location filename="../core/report/utilizationreport.cpp" line="125"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="127"/>
        <location filename="../core/report/profitabilityreport.cpp" line="145"/>
        <location filename="../core/report/utilizationreport.cpp" line="124"/>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="128"/>
        <location filename="../core/report/profitabilityreport.cpp" line="147"/>
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
        <location filename="../core/report/portfolioreport.cpp" line="84"/>
        <location filename="../core/report/portfolioreport.cpp" line="106"/>
        <source>SPI</source>
        <translation>SPI</translation>
    </message>
    <message>
        <location filename="../core/report/evmreport.cpp" line="136"/>
        <location filename="../core/report/evmreport.cpp" line="179"/>
        <location filename="../core/report/portfolioreport.cpp" line="85"/>
        <location filename="../core/report/portfolioreport.cpp" line="107"/>
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
        <location filename="../core/report/portfolioreport.cpp" line="101"/>
        <location filename="../core/report/portfolioreport.cpp" line="133"/>
        <location filename="../core/report/profitabilityreport.cpp" line="108"/>
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
        <location filename="../core/report/portfolioreport.cpp" line="24"/>
        <source>Portfolio overview</source>
        <translation>项目组合概览</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="25"/>
        <source>%n open project(s) · as of %1</source>
        <translation>
            <numerusform>%n 个进行中的项目 · 截至 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="59"/>
        <source>Open projects</source>
        <translation>进行中的项目</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="60"/>
        <source>%n closed</source>
        <translation>
            <numerusform>%n 个已关闭</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="61"/>
        <source>Red</source>
        <translation>红灯</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="61"/>
        <source>need action</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="63"/>
        <source>Amber</source>
        <translation>黄灯</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="63"/>
        <source>to watch</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="65"/>
        <source>Green</source>
        <translation>绿灯</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="65"/>
        <location filename="../core/report/statusreport.cpp" line="56"/>
        <source>on track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="67"/>
        <source>Budget / EAC (%1)</source>
        <translation>预算 / EAC（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="68"/>
        <source>EAC %1</source>
        <translation>EAC %1</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="71"/>
        <location filename="../core/report/portfolioreport.cpp" line="130"/>
        <source>Early warnings</source>
        <translation>预警</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="71"/>
        <source>deadline or budget</source>
        <translation>截止日期或预算</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="73"/>
        <location filename="../core/report/statusreport.cpp" line="258"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="74"/>
        <location filename="../core/report/statusreport.cpp" line="259"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n 次评分</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="76"/>
        <location filename="../core/report/statusreport.cpp" line="256"/>
        <source>Median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="77"/>
        <source>days; %n open request(s)</source>
        <translation>
            <numerusform>天；%n 个未结请求</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="82"/>
        <source>Schedule and cost performance by project</source>
        <translation>各项目的进度和成本绩效</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="97"/>
        <location filename="../core/report/portfolioreport.cpp" line="99"/>
        <location filename="../core/report/profitabilityreport.cpp" line="104"/>
        <location filename="../core/report/profitabilityreport.cpp" line="106"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="102"/>
        <location filename="../core/report/profitabilityreport.cpp" line="109"/>
        <location filename="../core/report/profitabilityreport.cpp" line="138"/>
        <source>Client</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="104"/>
        <location filename="../core/report/statusreport.cpp" line="99"/>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="105"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="108"/>
        <location filename="../core/report/reportcharts.cpp" line="56"/>
        <source>Planned finish</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="110"/>
        <source>EAC / budget</source>
        <translation>EAC / 预算</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="111"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="125"/>
        <source>No open projects.</source>
        <translation>没有进行中的项目。</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="132"/>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="134"/>
        <source>Concern</source>
        <translation>关注点</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="135"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="139"/>
        <source>budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="139"/>
        <source>deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="142"/>
        <source>No project is forecast to miss its deadline or overrun its budget.</source>
        <translation>没有项目预计会错过截止日期或超出预算。</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="148"/>
        <source>Client satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="151"/>
        <source>Average rating by month</source>
        <translation>各月平均评分</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="156"/>
        <source>Average rating (1–5)</source>
        <translation>平均评分（1–5）</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="164"/>
        <location filename="../core/report/portfolioreport.cpp" line="166"/>
        <source>Ratings</source>
        <translation>评分</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="165"/>
        <location filename="../core/report/risksreport.cpp" line="73"/>
        <location filename="../core/report/statusreport.cpp" line="227"/>
        <source>Score</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../core/report/portfolioreport.cpp" line="167"/>
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
        <location filename="../core/report/profitabilityreport.cpp" line="65"/>
        <location filename="../core/report/profitabilityreport.cpp" line="89"/>
        <location filename="../core/report/profitabilityreport.cpp" line="112"/>
        <source>Revenue</source>
        <translation>收入</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="53"/>
        <source>nothing in the period</source>
        <translation>本期无数据</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="62"/>
        <source>Revenue, cost and margin by month (%1)</source>
        <translation>各月收入、成本和利润（%1）</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="66"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="67"/>
        <location filename="../core/report/profitabilityreport.cpp" line="92"/>
        <location filename="../core/report/profitabilityreport.cpp" line="115"/>
        <source>Margin</source>
        <translation>利润</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="80"/>
        <source>Revenue: time and materials at the bill rates of the day plus billable expenses; fixed fee by earned value (percent of completion × contract value); retainers per month. Cost: time at the cost rates of the day plus all expenses.</source>
        <translation>收入：工时和材料项目按当日计费费率计算并加上可计费费用；固定价格项目按挣值（完成百分比 × 合同金额）计算；预付费项目按月计算。成本：工时按当日成本费率计算并加上全部费用。</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="88"/>
        <location filename="../core/report/profitabilityreport.cpp" line="111"/>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="90"/>
        <location filename="../core/report/profitabilityreport.cpp" line="113"/>
        <source>Labour</source>
        <translation>人工</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="91"/>
        <location filename="../core/report/profitabilityreport.cpp" line="114"/>
        <source>Expenses</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="93"/>
        <location filename="../core/report/profitabilityreport.cpp" line="116"/>
        <source>Margin %</source>
        <translation>利润率</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="110"/>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="129"/>
        <source>No projects in scope.</source>
        <translation>范围内没有项目。</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="134"/>
        <source>Clients and months</source>
        <translation>客户与月份</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="136"/>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../core/report/profitabilityreport.cpp" line="137"/>
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
    <name>Keel::ResourceModel</name>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="60"/>
        <source>Inactive</source>
        <translation>未启用</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="89"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="91"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="93"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../ui/resourcemodel.cpp" line="95"/>
        <source>Max. units</source>
        <translation>最大单位</translation>
    </message>
</context>
<context>
    <name>Keel::ResourcesView</name>
    <message>
        <location filename="../ui/resourcesview.cpp" line="9"/>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="12"/>
        <source>Search name, role or team</source>
        <translation>搜索姓名、角色或团队</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/resourcesview.cpp" line="19"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/resourcesview.cpp" line="24"/>
        <source>The resource pool is empty.</source>
        <translation>资源库为空。</translation>
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
    <name>Keel::Utilisation</name>
    <message>
        <location filename="../core/analytics/utilisation.cpp" line="122"/>
        <source>(no team)</source>
        <translation>（无团队）</translation>
    </message>
    <message>
        <location filename="../core/analytics/utilisation.cpp" line="135"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>Keel::Validation</name>
    <message>
        <location filename="../core/model/schema.cpp" line="19"/>
        <source>%1: %2 must be between %3 and %4 (it is %5).</source>
        <translation>%1：%2必须介于 %3 和 %4 之间（当前为 %5）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="25"/>
        <source>%1: %2 must not be empty.</source>
        <translation>%1：%2不能为空。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="38"/>
        <source>%1: a working interval must lie within one day and end after it starts.</source>
        <translation>%1：工作时段必须在一天之内，且结束时间晚于开始时间。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="40"/>
        <source>%1: working intervals must be in order and must not overlap.</source>
        <translation>%1：工作时段必须按顺序排列且不能重叠。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="61"/>
        <source>Workspace settings</source>
        <translation>工作区设置</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="63"/>
        <location filename="../core/model/schema.cpp" line="168"/>
        <location filename="../core/model/schema.cpp" line="214"/>
        <location filename="../core/model/schema.cpp" line="405"/>
        <source>%1: the currency must be a three-letter ISO 4217 code.</source>
        <translation>%1：货币必须是三个字母的 ISO 4217 代码。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="65"/>
        <source>minutes per day</source>
        <translation>每天分钟数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="67"/>
        <source>minutes per week</source>
        <translation>每周分钟数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="69"/>
        <source>days per month</source>
        <translation>每月天数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="83"/>
        <location filename="../core/model/schema.cpp" line="114"/>
        <location filename="../core/model/schema.cpp" line="127"/>
        <location filename="../core/model/schema.cpp" line="141"/>
        <location filename="../core/model/schema.cpp" line="163"/>
        <location filename="../core/model/schema.cpp" line="211"/>
        <location filename="../core/model/schema.cpp" line="489"/>
        <source>the name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="86"/>
        <source>%1 cannot be its own base calendar.</source>
        <translation>%1 不能作为自己的基准日历。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="91"/>
        <source>%1: its base calendars form a loop.</source>
        <translation>%1：其基准日历形成了循环。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="101"/>
        <source>%1: the exception “%2” ends before it starts.</source>
        <translation>%1：例外“%2”的结束早于开始。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="144"/>
        <source>%1: “%2” is not an e-mail address.</source>
        <translation>%1：“%2”不是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="166"/>
        <source>%1: maximum units must be between 0 and 100 (it is %2).</source>
        <translation>%1：最大单位必须介于 0 和 100 之间（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="171"/>
        <source>%1: rates must not be negative.</source>
        <translation>%1：费率不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="183"/>
        <source>a skill level</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="216"/>
        <location filename="../core/model/schema.cpp" line="246"/>
        <location filename="../core/model/schema.cpp" line="289"/>
        <source>the priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="218"/>
        <source>%1: amounts must not be negative.</source>
        <translation>%1：金额不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="220"/>
        <location filename="../core/model/schema.cpp" line="291"/>
        <source>%1: the finish (%2) is before the start (%3).</source>
        <translation>%1：完成时间（%2）早于开始时间（%3）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="224"/>
        <source>%1: the code “%2” is already used by %3.</source>
        <translation>%1：代码“%2”已被%3使用。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="243"/>
        <location filename="../core/model/schema.cpp" line="451"/>
        <location filename="../core/model/schema.cpp" line="476"/>
        <location filename="../core/model/schema.cpp" line="541"/>
        <source>the title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="283"/>
        <source>%1: the duration must not be negative.</source>
        <translation>%1：工期不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="285"/>
        <location filename="../core/model/schema.cpp" line="351"/>
        <location filename="../core/model/schema.cpp" line="367"/>
        <source>%1: the work must not be negative.</source>
        <translation>%1：工时不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="287"/>
        <source>percent complete</source>
        <translation>完成百分比</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="293"/>
        <source>%1: the actual finish is before the actual start.</source>
        <translation>%1：实际完成时间早于实际开始时间。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="296"/>
        <source>%1: the constraint “%2” needs a date.</source>
        <translation>%1：限制条件“%2”需要一个日期。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="298"/>
        <source>%1: estimates must not be negative.</source>
        <translation>%1：估算值不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="301"/>
        <source>%1: the estimates must satisfy optimistic ≤ most likely ≤ pessimistic.</source>
        <translation>%1：估算值必须满足 乐观 ≤ 最可能 ≤ 悲观。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="304"/>
        <source>%1 cannot be its own parent.</source>
        <translation>%1 不能作为自己的父任务。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="307"/>
        <source>%1: its parent belongs to another project.</source>
        <translation>%1：其父任务属于另一个项目。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="311"/>
        <source>%1 cannot be placed under one of its own subtasks.</source>
        <translation>%1 不能放在它自己的子任务之下。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="328"/>
        <source>%1 cannot depend on itself.</source>
        <translation>%1 不能依赖于自身。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="332"/>
        <source>%1 and %2 belong to different projects; link tasks within one project.</source>
        <translation>%1 和 %2 属于不同的项目；只能链接同一项目内的任务。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="335"/>
        <source>A lag in percent must be between -10000 and 10000.</source>
        <translation>百分比形式的延隔时间必须介于 -10000 和 10000 之间。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="349"/>
        <source>the minimum skill level</source>
        <translation>最低技能等级</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="365"/>
        <source>%1: assignment units must be between 0 and 100 (it is %2).</source>
        <translation>%1：分配单位必须介于 0 和 100 之间（当前为 %2）。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="383"/>
        <source>%1: a time entry needs a date.</source>
        <translation>%1：工时记录需要一个日期。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="385"/>
        <source>the minutes of a time entry</source>
        <translation>工时记录的分钟数</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="403"/>
        <source>%1: an expense must not be negative.</source>
        <translation>%1：费用不能为负数。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="419"/>
        <source>the baseline number</source>
        <translation>基线编号</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="422"/>
        <source>%1 already has baseline %2.</source>
        <translation>%1 已有基线 %2。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="454"/>
        <source>the probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="456"/>
        <source>the impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="503"/>
        <source>%1: a document version needs the SHA-256 of its content.</source>
        <translation>%1：文档版本需要其内容的 SHA-256 值。</translation>
    </message>
    <message>
        <location filename="../core/model/schema.cpp" line="528"/>
        <source>a rating</source>
        <translation>评分</translation>
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
        <location filename="../core/model/workspace.cpp" line="119"/>
        <source>%1 “%2”</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="134"/>
        <source>A change names an unknown kind of entity.</source>
        <translation>某项更改指定了未知的实体类型。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="142"/>
        <source>A new %1 has no id.</source>
        <translation>新的%1没有 ID。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="144"/>
        <source>%1 already exists.</source>
        <translation>%1已存在。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="146"/>
        <source>A new %1 has %2 fields; %3 expected.</source>
        <translation>新的%1有 %2 个字段；应为 %3 个。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="150"/>
        <source>A new %1: the value “%2” does not fit field “%3”.</source>
        <translation>新的%1：值“%2”不适用于字段“%3”。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="158"/>
        <location filename="../core/model/workspace.cpp" line="172"/>
        <source>There is no %1 with id %2.</source>
        <translation>不存在 ID 为 %2 的%1。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="161"/>
        <source>A %1 has no field “%2”.</source>
        <translation>%1没有字段“%2”。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="164"/>
        <source>%1: the value “%2” does not fit field “%3”.</source>
        <translation>%1：值“%2”不适用于字段“%3”。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="225"/>
        <source>%1 needs a %2.</source>
        <translation>%1需要一个%2。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="229"/>
        <source>%1 refers to a %2 that does not exist (%3).</source>
        <translation>%1引用的%2不存在（%3）。</translation>
    </message>
    <message>
        <location filename="../core/model/workspace.cpp" line="247"/>
        <source>%1 cannot be deleted: %2 still refers to it.</source>
        <translation>无法删除该%1：%2仍在引用它。</translation>
    </message>
</context>
<context>
    <name>Keel::XmlTree</name>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="38"/>
        <source>a second top-level element</source>
        <translation>出现了第二个顶层元素</translation>
    </message>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="40"/>
        <source>elements are nested more than %1 deep</source>
        <translation>元素嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="42"/>
        <source>the document has too many elements</source>
        <translation>文档包含的元素过多</translation>
    </message>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="74"/>
        <source>the document ends too early (is the file truncated?)</source>
        <translation>文档过早结束（文件是否不完整？）</translation>
    </message>
    <message>
        <location filename="../core/interop/xmltree.cpp" line="78"/>
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
