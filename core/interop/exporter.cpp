#include "exporter.h"

#include "csvwriter.h"
#include "ganwriter.h"
#include "mspdiwriter.h"
#include "projectbundle.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace Keel {

QByteArray Exporter::exportProject(const Workspace &ws, const Id &projectId, InteropFormat format)
{
    const ProjectBundle bundle = ProjectBundle::fromWorkspace(ws, projectId);
    switch (format) {
    case InteropFormat::Mspdi:
        return MspdiWriter::write(bundle);
    case InteropFormat::Gan:
        return GanWriter::write(bundle);
    case InteropFormat::Csv:
        return CsvWriter::write(bundle);
    }
    return {};
}

bool Exporter::exportToFile(const Workspace &ws, const Id &projectId, InteropFormat format, const QString &path,
                            QString *error)
{
    const QByteArray data = exportProject(ws, projectId, format);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("Keel::Exporter", "%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace Keel
