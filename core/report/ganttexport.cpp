#include "ganttexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace Keel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::Gantt", text);
}

QString cannotWrite(const QString &path, const QString &reason)
{
    return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

bool writeGanttPdf(const GanttData &data, const GanttPrintOptions &options, const QString &path, QString *error,
                   const QLocale &locale)
{
    const GanttPrintLayout layout(data, options, locale);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    bool painted = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setPageLayout(layout.pageLayout());
        writer.setTitle(data.title);
        writer.setCreator(QStringLiteral("Keel"));
        painted = layout.print(writer);
    }
    if (!painted || file.error() != QFileDevice::NoError) {
        file.cancelWriting();
        return fail(error, cannotWrite(path, tr("painting the PDF failed.")));
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

bool writeGanttPng(const GanttData &data, GanttPrintOptions options, const QString &path, QString *error,
                   const QLocale &locale, double dpi)
{
    options.singlePage = true;
    const GanttPrintLayout layout(data, options, locale);
    constexpr double kMaxSide = 30000;
    const QSizeF points = layout.pageSizePoints();
    const double fit = kMaxSide * 72.0 / std::max(points.width(), points.height());
    if (fit < 72.0 && fit < dpi)
        return fail(error, cannotWrite(path, tr("the chart has too many rows for one image; write a PDF instead.")));
    const QImage image = layout.renderPage(0, std::min(dpi, fit));
    if (image.isNull())
        return fail(error, cannotWrite(path, tr("not enough memory for the image.")));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, cannotWrite(path, file.errorString()));
    if (!image.save(&file, "PNG")) {
        file.cancelWriting();
        return fail(error, cannotWrite(path, tr("encoding the PNG failed.")));
    }
    if (!file.commit())
        return fail(error, cannotWrite(path, file.errorString()));
    return true;
}

} // namespace Keel
