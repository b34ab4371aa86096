#include "xmltree.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <unordered_map>

namespace Keel {

namespace {

constexpr int kMaxDepth = 256;
constexpr size_t kMaxNodes = 20'000'000;

QString tr(const char *text)
{
    return QCoreApplication::translate("Keel::XmlTree", text);
}

/// Element and namespace names repeat thousands of times: each distinct one is stored once and
/// shared (implicitly) by every node that has it.
class NamePool
{
public:
    QString get(QStringView name)
    {
        std::vector<QString> &bucket = m_buckets[qHash(name)];
        for (const QString &s : bucket) {
            if (s == name)
                return s;
        }
        bucket.push_back(name.toString());
        return bucket.back();
    }

private:
    std::unordered_map<size_t, std::vector<QString>> m_buckets;
};

} // namespace

std::optional<XmlTree> XmlTree::parse(const QByteArray &data, QString *error, qint64 *line, qint64 *column)
{
    XmlTree tree;
    NamePool names;
    QXmlStreamReader reader(data);
    std::vector<int> open;
    bool seenRoot = false;
    auto failAt = [&](const QString &message) -> std::optional<XmlTree> {
        *error = message;
        *line = reader.lineNumber();
        *column = reader.columnNumber();
        return std::nullopt;
    };

    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement: {
            if (open.empty() && seenRoot)
                return failAt(tr("a second top-level element"));
            if (int(open.size()) >= kMaxDepth)
                return failAt(tr("elements are nested more than %1 deep").arg(kMaxDepth));
            if (tree.m_nodes.size() >= kMaxNodes)
                return failAt(tr("the document has too many elements"));
            Node n;
            n.name = names.get(reader.name());
            n.namespaceUri = names.get(reader.namespaceUri());
            n.line = reader.lineNumber();
            n.column = reader.columnNumber();
            const QXmlStreamAttributes attrs = reader.attributes();
            n.attributes.reserve(size_t(attrs.size()));
            for (const QXmlStreamAttribute &a : attrs)
                n.attributes.emplace_back(a.name().toString(), a.value().toString());
            const int index = int(tree.m_nodes.size());
            if (!open.empty()) {
                Node &parent = tree.m_nodes[size_t(open.back())];
                parent.children.push_back(index);
                // Indentation before the first child is not the parent's text.
                if (parent.children.size() == 1 && parent.text.trimmed().isEmpty())
                    parent.text.clear();
            }
            tree.m_nodes.push_back(std::move(n));
            open.push_back(index);
            seenRoot = true;
            break;
        }
        case QXmlStreamReader::EndElement:
            if (!open.empty())
                open.pop_back();
            break;
        case QXmlStreamReader::Characters:
            if (!open.empty()) {
                Node &node = tree.m_nodes[size_t(open.back())];
                // Whitespace between child elements is layout, not content.
                if (!node.children.empty() && reader.isWhitespace())
                    break;
                node.text += reader.text();
            }
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        if (reader.error() == QXmlStreamReader::PrematureEndOfDocumentError)
            return failAt(tr("the document ends too early (is the file truncated?)"));
        return failAt(reader.errorString());
    }
    if (!seenRoot)
        return failAt(tr("the file holds no XML element"));
    return tree;
}

const XmlTree::Node *XmlTree::child(const Node &parent, QStringView name) const
{
    for (int c : parent.children) {
        if (m_nodes[size_t(c)].name == name)
            return &m_nodes[size_t(c)];
    }
    return nullptr;
}

std::vector<const XmlTree::Node *> XmlTree::children(const Node &parent, QStringView name) const
{
    std::vector<const Node *> list;
    for (int c : parent.children) {
        if (m_nodes[size_t(c)].name == name)
            list.push_back(&m_nodes[size_t(c)]);
    }
    return list;
}

std::vector<const XmlTree::Node *> XmlTree::children(const Node &parent) const
{
    std::vector<const Node *> list;
    list.reserve(parent.children.size());
    for (int c : parent.children)
        list.push_back(&m_nodes[size_t(c)]);
    return list;
}

std::optional<QString> XmlTree::childText(const Node &parent, QStringView name) const
{
    const Node *c = child(parent, name);
    if (!c)
        return std::nullopt;
    return c->text;
}

std::optional<QString> XmlTree::attribute(const Node &node, QStringView name)
{
    for (const auto &[key, value] : node.attributes) {
        if (key == name)
            return value;
    }
    return std::nullopt;
}

} // namespace Keel
