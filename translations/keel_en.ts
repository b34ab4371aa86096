<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Keel::AuditTrailView</name>
    <message numerus="yes">
        <location filename="../ui/audittrailview.cpp" line="216"/>
        <source>The latest %n change(s) shown; scroll or load more for older ones.</source>
        <translation>
            <numerusform>The latest change shown; scroll or load more for older ones.</numerusform>
            <numerusform>The latest %n changes shown; scroll or load more for older ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/audittrailview.cpp" line="217"/>
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::BaselineDialog</name>
    <message numerus="yes">
        <location filename="../ui/baselinedialog.cpp" line="26"/>
        <source>Only the %n selected task(s)</source>
        <translation>
            <numerusform>Only the selected task</numerusform>
            <numerusform>Only the %n selected tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ClientsView</name>
    <message numerus="yes">
        <location filename="../ui/clientsview.cpp" line="265"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ClosingDialog</name>
    <message numerus="yes">
        <location filename="../ui/closingdialog.cpp" line="79"/>
        <source>%n lesson(s) already recorded. Add any others below.</source>
        <translation>
            <numerusform>%n lesson already recorded. Add any others below.</numerusform>
            <numerusform>%n lessons already recorded. Add any others below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::DashboardView</name>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="207"/>
        <source>%n open project(s) at their status dates: %1 on track, %2 at risk, %3 off track</source>
        <translation>
            <numerusform>%n open project at their status dates: %1 on track, %2 at risk, %3 off track</numerusform>
            <numerusform>%n open projects at their status dates: %1 on track, %2 at risk, %3 off track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardview.cpp" line="396"/>
        <source>Average rating per month, 1 (poor) to 5 (excellent); %n rating(s) in 12 months</source>
        <translation>
            <numerusform>Average rating per month, 1 (poor) to 5 (excellent); %n rating in 12 months</numerusform>
            <numerusform>Average rating per month, 1 (poor) to 5 (excellent); %n ratings in 12 months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::EditService</name>
    <message numerus="yes">
        <location filename="../core/edit/editservice.cpp" line="654"/>
        <source>Record progress of %n task(s)</source>
        <translation>
            <numerusform>Record progress of %n task</numerusform>
            <numerusform>Record progress of %n tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::GanttPrintDialog</name>
    <message numerus="yes">
        <location filename="../ui/ganttprintdialog.cpp" line="159"/>
        <source>%n page(s): %1 across × %2 down, %3 %4</source>
        <translation>
            <numerusform>%n page: %1 across × %2 down, %3 %4</numerusform>
            <numerusform>%n pages: %1 across × %2 down, %3 %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::InboxView</name>
    <message numerus="yes">
        <location filename="../ui/inboxview.cpp" line="161"/>
        <source>%n item(s), all read</source>
        <translation>
            <numerusform>%n item, all read</numerusform>
            <numerusform>%n items, all read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inboxview.cpp" line="163"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inboxview.cpp" line="163"/>
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n unread</numerusform>
            <numerusform>, %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::LessonsView</name>
    <message numerus="yes">
        <location filename="../ui/lessonsview.cpp" line="172"/>
        <source>%1 of %n lesson(s) learned</source>
        <translation>
            <numerusform>%1 of %n lesson learned</numerusform>
            <numerusform>%1 of %n lessons learned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::Leveler</name>
    <message numerus="yes">
        <location filename="../core/schedule/leveler.cpp" line="856"/>
        <source>%n task(s) could not be leveled within their slack and keep their dates.</source>
        <translation>
            <numerusform>%n task could not be leveled within their slack and keep their dates.</numerusform>
            <numerusform>%n tasks could not be leveled within their slack and keep their dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::LevelingDialog</name>
    <message numerus="yes">
        <location filename="../ui/levelingdialog.cpp" line="399"/>
        <source>%n task(s) return to their early dates.</source>
        <translation>
            <numerusform>%n task return to their early dates.</numerusform>
            <numerusform>%n tasks return to their early dates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/levelingdialog.cpp" line="401"/>
        <source>%n task(s) move.</source>
        <translation>
            <numerusform>%n task moves.</numerusform>
            <numerusform>%n tasks move.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::LifecycleView</name>
    <message numerus="yes">
        <location filename="../ui/lifecycleview.cpp" line="428"/>
        <source>Remove %n requirement(s)</source>
        <translation>
            <numerusform>Remove %n requirement</numerusform>
            <numerusform>Remove %n requirements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::LoadHeatmapModel</name>
    <message numerus="yes">
        <location filename="../ui/loadheatmapmodel.cpp" line="249"/>
        <source>and %n more task(s)</source>
        <translation>
            <numerusform>and %n more task</numerusform>
            <numerusform>and %n more tasks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="498"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="499"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="500"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::NewProjectDialog</name>
    <message numerus="yes">
        <location filename="../ui/newprojectdialog.cpp" line="150"/>
        <source>%1
%2 phases (%3), %n task(s), %4 roles.</source>
        <translation>
            <numerusform>%1
%2 phases (%3), %n task, %4 roles.</numerusform>
            <numerusform>%1
%2 phases (%3), %n tasks, %4 roles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::PortfolioView</name>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="197"/>
        <source>Delete %1 “%2” with its %n task(s), risks, requests and documents? Undo brings it back.</source>
        <translation>
            <numerusform>Delete %1 “%2” with its %n task, risks, requests and documents? Undo brings it back.</numerusform>
            <numerusform>Delete %1 “%2” with its %n tasks, risks, requests and documents? Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="245"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="247"/>
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%1 of %n project</numerusform>
            <numerusform>%1 of %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ProgressDialog</name>
    <message numerus="yes">
        <location filename="../ui/progressdialog.cpp" line="102"/>
        <source>%n task(s) selected</source>
        <translation>
            <numerusform>%n task selected</numerusform>
            <numerusform>%n tasks selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ProjectTimelineModel</name>
    <message numerus="yes">
        <location filename="../ui/projecttimelinemodel.cpp" line="289"/>
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ProjectsView</name>
    <message numerus="yes">
        <location filename="../ui/projectsview.cpp" line="113"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::Report</name>
    <message numerus="yes">
        <location filename="../core/report/clientreport.cpp" line="121"/>
        <source>Your feedback: %1 of 5 on average over %n rating(s). Thank you.</source>
        <translation>
            <numerusform>Your feedback: %1 of 5 on average over %n rating. Thank you.</numerusform>
            <numerusform>Your feedback: %1 of 5 on average over %n ratings. Thank you.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="26"/>
        <source>%n open project(s) · as of %1</source>
        <translation>
            <numerusform>%n open project · as of %1</numerusform>
            <numerusform>%n open projects · as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="61"/>
        <source>%n closed</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="98"/>
        <location filename="../core/report/statusreport.cpp" line="259"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="101"/>
        <source>days; %n open request(s)</source>
        <translation>
            <numerusform>days; %n open request</numerusform>
            <numerusform>days; %n open requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/reportcharts.cpp" line="69"/>
        <source>Simulated finish dates (%n iterations)</source>
        <translation>
            <numerusform>Simulated finish dates (%n iteration)</numerusform>
            <numerusform>Simulated finish dates (%n iterations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/risksreport.cpp" line="54"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/statusreport.cpp" line="108"/>
        <source>Monte Carlo, %n iterations</source>
        <translation>
            <numerusform>Monte Carlo, %n iteration</numerusform>
            <numerusform>Monte Carlo, %n iterations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/statusreport.cpp" line="175"/>
        <source>Monte Carlo simulation of the remaining work from the three-point estimates (PERT distribution), %n iterations, seed %1.</source>
        <translation>
            <numerusform>Monte Carlo simulation of the remaining work from the three-point estimates (PERT distribution), %n iteration, seed %1.</numerusform>
            <numerusform>Monte Carlo simulation of the remaining work from the three-point estimates (PERT distribution), %n iterations, seed %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/utilizationreport.cpp" line="40"/>
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ReportsView</name>
    <message numerus="yes">
        <location filename="../ui/reportsview.cpp" line="347"/>
        <source>%1 · %n table(s)</source>
        <translation>
            <numerusform>%1 · %n table</numerusform>
            <numerusform>%1 · %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ResourcesView</name>
    <message numerus="yes">
        <location filename="../ui/resourcesview.cpp" line="316"/>
        <source>%n over-allocated period(s)</source>
        <translation>
            <numerusform>%n over-allocated period</numerusform>
            <numerusform>%n over-allocated periods</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/resourcesview.cpp" line="317"/>
        <source>%n person(s) affected</source>
        <translation>
            <numerusform>%n person affected</numerusform>
            <numerusform>%n persons affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/resourcesview.cpp" line="322"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::RiskRegisterView</name>
    <message numerus="yes">
        <location filename="../ui/riskregisterview.cpp" line="142"/>
        <source>%n risk(s) not closed</source>
        <translation>
            <numerusform>%n risk not closed</numerusform>
            <numerusform>%n risks not closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/riskregisterview.cpp" line="144"/>
        <source>, %n past due</source>
        <translation>
            <numerusform>, %n past due</numerusform>
            <numerusform>, %n past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/riskregisterview.cpp" line="205"/>
        <source>Delete %n risk(s)</source>
        <translation>
            <numerusform>Delete %n risk</numerusform>
            <numerusform>Delete %n risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::SkillsDialog</name>
    <message numerus="yes">
        <location filename="../ui/skillsdialog.cpp" line="132"/>
        <source>Delete “%1”? %n person(s) lose their rating in it; undo brings it back.</source>
        <translation>
            <numerusform>Delete “%1”? %n person loses their rating in it; undo brings it back.</numerusform>
            <numerusform>Delete “%1”? %n people lose their rating in it; undo brings it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::TrayNotifier</name>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="29"/>
        <source>Keel — %n unread inbox item(s)</source>
        <translation>
            <numerusform>Keel — %n unread inbox item</numerusform>
            <numerusform>Keel — %n unread inbox items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="36"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/traynotifier.cpp" line="38"/>
        <source>%n new inbox item(s)</source>
        <translation>
            <numerusform>%n new inbox item</numerusform>
            <numerusform>%n new inbox items</numerusform>
        </translation>
    </message>
</context>
</TS>
