#pragma once
// XmlTree: a small read-only element tree built with QXmlStreamReader, for importers whose files
// are easier to interpret as a whole than as a stream (MSPDI, GanttProject). Every element keeps
// the line and column where it starts, so errors can point at it. Building is iterative (no
// recursion on the input's depth) and refuses absurdly deep or large documents instead of
// exhausting memory.

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

namespace Keel {

class XmlTree
{
public:
    struct Node
    {
        QString name;          ///< local name
        QString namespaceUri;
        QString text;          ///< character data directly inside the element
        qint64 line = 0;
        qint64 column = 0;
        std::vector<std::pair<QString, QString>> attributes;
        std::vector<int> children;
    };

    /// Parses @p data; on a malformed document returns nullopt and sets *error, *line, *column.
    static std::optional<XmlTree> parse(const QByteArray &data, QString *error, qint64 *line, qint64 *column);

    const Node &root() const { return m_nodes.front(); }
    const Node &node(int index) const { return m_nodes[size_t(index)]; }

    /// The first child element of @p parent named @p name, or nullptr.
    const Node *child(const Node &parent, QStringView name) const;
    /// All child elements of @p parent named @p name, in document order.
    std::vector<const Node *> children(const Node &parent, QStringView name) const;
    /// All child elements of @p parent.
    std::vector<const Node *> children(const Node &parent) const;
    /// The text of the child @p name, or nullopt when there is no such child.
    std::optional<QString> childText(const Node &parent, QStringView name) const;
    /// The value of attribute @p name, or nullopt.
    static std::optional<QString> attribute(const Node &node, QStringView name);

private:
    std::vector<Node> m_nodes;
};

} // namespace Keel
