#include "problemscanner.h"

#include "asl/aslvalidator.h"
#include "asl/aslwriter.h"
#include "asl/jsonpositionindex.h"
#include "codeview/statetextmap.h"
#include "documentio.h"
#include "fz/fzreader.h"

namespace stepwise {

namespace {

QString unescapeToken(QString token)
{
    token.replace(QStringLiteral("~1"), QStringLiteral("/"));
    token.replace(QStringLiteral("~0"), QStringLiteral("~"));
    return token;
}

Id stateId(const WorkflowData &doc, const QString &name)
{
    if (const Node *n = doc.nodeByStateName(name))
        return n->id;
    for (const Node &n : doc.nodes)
        if (n.asl.type.isEmpty() && n.label == name)
            return n.id;
    return NoId;
}

} // namespace

bool ProblemScanner::splitPointer(const QString &pointer, QString *state, QString *field)
{
    const QStringList parts = pointer.split(QLatin1Char('/'));
    // parts[0] is empty (the pointer starts with '/').
    if (parts.size() < 3 || parts[1] != QLatin1String("States"))
        return false;
    *state = unescapeToken(parts[2]);
    QStringList rest = parts.mid(3);
    // Nested machines: the finding is shown on the container for now.
    if (!rest.isEmpty() && (rest.first() == QLatin1String("Branches") ||
                            rest.first() == QLatin1String("ItemProcessor") ||
                            rest.first() == QLatin1String("Iterator")))
        rest = rest.mid(0, 1);
    *field = rest.isEmpty() ? QString() : QLatin1Char('/') + rest.join(QLatin1Char('/'));
    return true;
}

Problems ProblemScanner::scan(const WorkflowData &doc)
{
    Problems out;
    const bool asl = AslWriter::hasAslStates(doc);
    const OrderedJson definition = AslWriter::toJson(doc);
    const Diagnostics found = AslValidator::validate(definition);
    // Places in the ASL (JSON) tab of the code view, so "line 12" means the same there.
    JsonPositionIndex index;
    if (!found.isEmpty())
        index = JsonPositionIndex::fromJsonText(AslWriter::writeJson(doc).bytes.toStdString());
    for (const Diagnostic &d : found) {
        Problem p;
        p.diagnostic = d;
        const JsonPositionIndex::Place place = index.find(d.pointer.toStdString());
        p.diagnostic.line = place.line;
        p.diagnostic.column = place.column;
        QString state, field;
        if (splitPointer(d.pointer, &state, &field)) {
            p.entity = stateId(doc, state);
            p.field = field;
            p.place = state;
        } else {
            p.field = d.pointer.section(QLatin1Char('/'), 1, 1);
            p.place = tr("workflow");
        }
        out.append(p);
    }
    if (asl)
        return out;
    // A diagram-only document: what its FlowZap text would tell a reader.
    const DocumentIo::WriteResult fz = DocumentIo::write(doc, DocumentIo::Format::FlowZap);
    Diagnostics fzFound = fz.ok ? Diagnostics() : fz.diagnostics;
    const QString text = QString::fromUtf8(fz.bytes);
    if (fz.ok)
        fzFound = FzReader::read(fz.bytes).diagnostics;
    const StateTextMap map = StateTextMap::build(text, DocumentIo::Format::FlowZap, doc);
    for (const Diagnostic &d : std::as_const(fzFound)) {
        Problem p;
        p.diagnostic = d;
        p.entity = d.line > 0 ? map.entityAt(d.line) : NoId;
        p.place = d.line > 0 ? tr("line %1").arg(d.line) : tr("workflow");
        if (const Node *n = doc.node(p.entity))
            p.place = n->label;
        out.append(p);
    }
    return out;
}

} // namespace stepwise
