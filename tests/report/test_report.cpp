#include <report/reportbuilder.h>
#include <report/reportexport.h>
#include <report/reportlayout.h>
#include <report/reportstyle.h>

#include <demo/demogenerator.h>
#include <store/store.h>

#include <catch2/catch.hpp>

#include <QFile>
#include <QFontDatabase>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextLayout>

using namespace Keel;

namespace {

ReportTable sampleTable()
{
    ReportTable t;
    t.name = QStringLiteral("Sample");
    t.addColumn(QStringLiteral("Name"));
    t.addColumn(QStringLiteral("Amount"), ColumnKind::Money);
    t.addColumn(QStringLiteral("Share"), ColumnKind::Percent);
    t.addColumn(QStringLiteral("Due"), ColumnKind::Date);
    t.rows.append({ReportCell(QStringLiteral("plain")), ReportCell(QStringLiteral("1,234"), 1234.0),
                   ReportCell(QStringLiteral("12.5 %"), 0.125), ReportCell(QStringLiteral("2026-01-05"), QDate(2026, 1, 5))});
    t.rows.append({ReportCell(QStringLiteral("comma, \"quoted\"")), ReportCell(QStringLiteral("–")),
                   ReportCell(QStringLiteral("–")), ReportCell(QStringLiteral("–"))});
    t.rows.append({ReportCell(QStringLiteral("two\nlines")), ReportCell(QStringLiteral("-5"), -5.0),
                   ReportCell(QStringLiteral("100 %"), 1.0), ReportCell(QString())});
    t.rows.append({ReportCell(QStringLiteral("二号工厂")), ReportCell(QStringLiteral("0"), qint64(0)),
                   ReportCell(QString()), ReportCell(QString())});
    return t;
}

ReportDocument sampleDocument(int rows)
{
    ReportDocument doc;
    doc.kind = QStringLiteral("test");
    doc.title = QStringLiteral("Sample report");
    doc.subtitle = QStringLiteral("Subtitle · 子午线服务");
    doc.workspaceName = QStringLiteral("Workspace");
    doc.projectName = QStringLiteral("HDJM-LINE · 二号工厂自动化产线改造工程设计");
    doc.asOf = QDate(2026, 1, 5);
    ReportSection s;
    s.heading = QStringLiteral("Figures");
    ReportKeyFigures k;
    k.figures = {{QStringLiteral("SPI"), QStringLiteral("0.87"), QStringLiteral("behind"), Tone::Warning},
                 {QStringLiteral("CPI"), QStringLiteral("1.02"), QString(), Tone::Good}};
    s.blocks.append(k);
    s.blocks.append(ReportParagraph{QStringLiteral("中文段落：项目进度落后于计划，需要关注。 And English text that wraps."), Tone::Neutral, false});
    ReportTable t = sampleTable();
    t.primary = true;
    for (int i = 0; i < rows; ++i)
        t.rows.append({ReportCell(QStringLiteral("Row %1 任务").arg(i)), ReportCell(QString::number(i), double(i)),
                       ReportCell(QString()), ReportCell(QString())});
    s.blocks.append(t);
    ReportChart c;
    c.kind = ReportChart::Kind::Line;
    c.title = QStringLiteral("Line");
    c.xIsDate = true;
    c.x = {20000, 20030, 20060};
    c.series = {{QStringLiteral("PV"), Qt::blue, ChartSeries::Style::Line, {0, 50, 100}, {}}};
    s.blocks.append(c);
    doc.sections.append(s);
    return doc;
}

int pdfPageCount(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray data = f.readAll();
    REQUIRE(data.startsWith("%PDF-"));
    return int(QString::fromLatin1(data).count(QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]"))));
}

std::unique_ptr<Store> demoStore()
{
    auto store = Store::createInMemory();
    QString error;
    DemoOptions options;
    const bool ok = generateDemo(*store, options, &error);
    INFO(error.toStdString());
    REQUIRE(ok);
    return store;
}

} // namespace

TEST_CASE("CSV follows RFC 4180", "[report][csv]")
{
    const QByteArray csv = tableToCsv(sampleTable());
    const QByteArray expected = "Name,Amount,Share,Due\r\n"
                                "plain,1234,0.125,2026-01-05\r\n"
                                "\"comma, \"\"quoted\"\"\",–,–,–\r\n"
                                "\"two\nlines\",-5,1,\r\n"
                                "二号工厂,0,,\r\n";
    CHECK(csv == expected);
    CHECK_FALSE(csv.startsWith("\xEF\xBB\xBF"));
}

TEST_CASE("reports are written atomically", "[report][files]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const ReportDocument doc = sampleDocument(5);
    QString error;

    // A missing folder: an error naming the file, and nothing written.
    const QString nowhere = dir.filePath(QStringLiteral("missing/out.pdf"));
    CHECK_FALSE(writeReportPdf(doc, nowhere, &error));
    CHECK(error.contains(QStringLiteral("out.pdf")));
    CHECK_FALSE(QFile::exists(nowhere));

    // A refused write leaves an existing file as it was, and no temporary file behind.
    const QString existing = dir.filePath(QStringLiteral("keep.csv"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    CHECK_FALSE(writeReportCsv(doc, existing, &error, QStringLiteral("No such table")));
    CHECK(error.contains(QStringLiteral("Sample")));
    QFile f(existing);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "old");
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);

    CHECK(writeReport(doc, existing, &error));
    f.close();
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll().startsWith("Name,Amount"));
    CHECK_FALSE(writeReport(doc, dir.filePath(QStringLiteral("x.docx")), &error));
}

TEST_CASE("the layout paginates long tables and numbers the pages", "[report][layout]")
{
    QTemporaryDir dir;
    const ReportDocument shortDoc = sampleDocument(3);
    const ReportLayout one(shortDoc);
    CHECK(one.pageCount() == 1);
    const ReportDocument longDoc = sampleDocument(150);
    const ReportLayout many(longDoc);
    CHECK(many.pageCount() >= 3);
    const QString path = dir.filePath(QStringLiteral("long.pdf"));
    QString error;
    REQUIRE(writeReportPdf(longDoc, path, &error));
    CHECK(pdfPageCount(path) == many.pageCount());

    const QImage page = many.renderPage(0, 72);
    CHECK(page.width() == 595);
    CHECK(page.height() == 842);
    // Something was painted: the page is not blank.
    int dark = 0;
    for (int y = 0; y < page.height(); y += 2) {
        for (int x = 0; x < page.width(); x += 2)
            dark += qGray(page.pixel(x, y)) < 128;
    }
    CHECK(dark > 200);

    ReportDocument wide = longDoc;
    wide.landscape = true;
    const ReportLayout landscape(wide);
    CHECK(landscape.pageSizePoints().width() > landscape.pageSizePoints().height());
    CHECK(landscape.pageLayout().orientation() == QPageLayout::Landscape);
}

TEST_CASE("Chinese text is shaped with a CJK font", "[report][fonts]")
{
    REQUIRE(ReportStyle::fontFamilies().contains(QStringLiteral("Noto Sans CJK SC")));
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC"))) {
        WARN("Noto Sans CJK SC is not installed: not checked");
        return;
    }
    QTextLayout layout(QStringLiteral("二号工厂 Design"), ReportStyle::font(9));
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    bool cjk = false;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        if (run.rawFont().familyName().contains(QStringLiteral("CJK")))
            cjk = true;
    }
    CHECK(cjk);
}

TEST_CASE("XLSX holds a summary sheet and one sheet per table", "[report][xlsx]")
{
    QTemporaryDir dir;
    const ReportDocument doc = sampleDocument(10);
    const QString path = dir.filePath(QStringLiteral("r.xlsx"));
    QString error;
    REQUIRE(writeReportXlsx(doc, path, &error));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray zip = f.readAll();
    CHECK(zip.startsWith("PK\x03\x04"));
    CHECK(zip.contains("xl/worksheets/sheet1.xml"));
    CHECK(zip.contains("xl/worksheets/sheet2.xml"));
    CHECK_FALSE(zip.contains("xl/worksheets/sheet3.xml"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size() == 1);
}

TEST_CASE("every report kind builds from the demo workspace and renders", "[report][demo]")
{
    auto store = demoStore();
    const Workspace &ws = store->workspace();
    QTemporaryDir dir;
    QString error;
    for (const QString &kindName : reportKindNames()) {
        const ReportKind kind = *reportKindFromName(kindName);
        QList<const Project *> projects;
        if (reportNeedsProject(kind)) {
            for (const Project &p : ws.projects())
                projects.append(&p);
        } else {
            projects.append(nullptr);
        }
        for (const Project *p : projects) {
            INFO(kindName.toStdString() << " " << (p ? p->code.toStdString() : std::string("portfolio")));
            ReportRequest request;
            request.kind = kind;
            request.projectId = p ? p->id : Id();
            request.iterations = 300;
            const auto doc = buildReport(ws, request, &error);
            INFO(error.toStdString());
            REQUIRE(doc.has_value());
            CHECK_FALSE(doc->title.isEmpty());
            CHECK(doc->asOf.isValid());
            REQUIRE(doc->primaryTable() != nullptr);
            const ReportLayout layout(*doc);
            CHECK(layout.pageCount() >= 1);
            const QImage image = layout.renderPage(layout.pageCount() - 1, 30);
            CHECK_FALSE(image.isNull());
        }
        const QString base = dir.filePath(kindName);
        ReportRequest request;
        request.kind = kind;
        request.projectId = reportNeedsProject(kind) ? ws.findProject(QStringLiteral("CTH-DATA"))->id : Id();
        request.iterations = 300;
        const auto doc = buildReport(ws, request, &error);
        REQUIRE(doc.has_value());
        CHECK(writeReport(*doc, base + QStringLiteral(".pdf"), &error));
        CHECK(writeReport(*doc, base + QStringLiteral(".xlsx"), &error));
        CHECK(writeReport(*doc, base + QStringLiteral(".csv"), &error));
    }
}

TEST_CASE("the client report shows only client-visible content and no money", "[report][client]")
{
    auto store = demoStore();
    const Workspace &ws = store->workspace();
    const Project *p = ws.findProject(QStringLiteral("CTH-DATA"));
    REQUIRE(p);
    ReportRequest request;
    request.kind = ReportKind::Client;
    request.projectId = p->id;
    QString error;
    const auto doc = buildReport(ws, request, &error);
    REQUIRE(doc.has_value());
    QSet<QString> visible, hidden;
    for (const Task &t : ws.tasks()) {
        if (t.projectId == p->id)
            (t.clientVisible ? visible : hidden).insert(t.name);
    }
    for (const Request &r : ws.table<Request>()) {
        if (r.projectId == p->id)
            (r.clientVisible ? visible : hidden).insert(r.title);
    }
    hidden -= visible; // a name may be shared by a visible and a hidden item
    for (const ReportTable *t : doc->tables()) {
        for (const ReportColumn &c : t->columns)
            CHECK(c.kind != ColumnKind::Money);
        for (const auto &row : t->rows) {
            INFO(row.first().text.toStdString());
            CHECK_FALSE(hidden.contains(row.first().text));
        }
    }
    for (const Resource &r : ws.resources()) {
        for (const ReportTable *t : doc->tables()) {
            for (const auto &row : t->rows) {
                for (const ReportCell &cell : row)
                    CHECK_FALSE(cell.text.contains(r.name));
            }
        }
    }
}

TEST_CASE("report requests are checked", "[report]")
{
    auto store = Store::createInMemory();
    QString error;
    ReportRequest request;
    request.kind = ReportKind::Status;
    CHECK_FALSE(buildReport(store->workspace(), request, &error).has_value());
    CHECK(error.contains(QStringLiteral("project")));
    request.projectId = newId();
    CHECK_FALSE(buildReport(store->workspace(), request, &error).has_value());
    request = ReportRequest();
    request.kind = ReportKind::Portfolio;
    const auto empty = buildReport(store->workspace(), request, &error);
    REQUIRE(empty.has_value());
    CHECK(ReportLayout(*empty).pageCount() >= 1);
    CHECK(reportKindFromName(QStringLiteral("utilisation")) == ReportKind::Utilization);
    CHECK_FALSE(reportKindFromName(QStringLiteral("gantt")).has_value());
}
