#pragma once
// A small but realistic portfolio built through ChangeSets, shared by the ui tests.

#include <model/changeset.h>
#include <model/enums.h>
#include <model/ids.h>

#include <QString>
#include <QStringList>

#include <functional>

#include <memory>

class QWidget;

namespace Keel {
class Store;
class WorkspaceDocument;
} // namespace Keel

namespace KeelTest {

/// Clients with contacts, a resource pool and a dozen projects in every phase and health.
/// `chinese`: the same portfolio with Chinese names and CNY budgets (for screenshots).
Keel::ChangeSet samplePortfolio(bool chinese = false);

/// A workspace in memory holding samplePortfolio().
std::unique_ptr<Keel::WorkspaceDocument> sampleDocument();

/// A ChangeSet inserting one project.
Keel::ChangeSet insertProject(const Keel::Id &id, const QString &code, const QString &name,
                              Keel::Phase phase = Keel::Phase::Planning, qint64 budget = 0);

/// The id of the project with `code` in the document, or a null id.
Keel::Id projectId(const Keel::WorkspaceDocument &document, const QString &code);

/// Runs @p fill on the next modal dialog as soon as it is up (from the event loop that dialog's
/// exec() runs), so that a test can fill in and accept a dialog a view opens.
void whenModal(const std::function<void(QWidget *)> &fill);

/// Closes each message box that comes up once armed, remembering its text.
struct MessageCatcher
{
    QStringList texts;
    void arm();
};

} // namespace KeelTest
