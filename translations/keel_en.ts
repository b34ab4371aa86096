<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Keel::ClientsView</name>
    <message numerus="yes">
        <location filename="../ui/clientsview.cpp" line="18"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="368"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="369"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="370"/>
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::PortfolioView</name>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="102"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/portfolioview.cpp" line="104"/>
        <source>%1 of %n project(s)</source>
        <translation>
            <numerusform>%1 of %n project</numerusform>
            <numerusform>%1 of %n projects</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keel::ProjectsView</name>
    <message numerus="yes">
        <location filename="../ui/projectsview.cpp" line="65"/>
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
        <location filename="../core/report/portfolioreport.cpp" line="25"/>
        <source>%n open project(s) · as of %1</source>
        <translation>
            <numerusform>%n open project · as of %1</numerusform>
            <numerusform>%n open projects · as of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="60"/>
        <source>%n closed</source>
        <translation>
            <numerusform>%n closed</numerusform>
            <numerusform>%n closed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="74"/>
        <location filename="../core/report/statusreport.cpp" line="259"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/report/portfolioreport.cpp" line="77"/>
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
    <name>Keel::ResourcesView</name>
    <message numerus="yes">
        <location filename="../ui/resourcesview.cpp" line="19"/>
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
</TS>
