#include "asltofz.h"

namespace stepwise {

QString AslToFz::writableLabel(const QString &label)
{
    QString out = label;
    out.replace(QLatin1Char('"'), QLatin1Char('\''));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return out;
}

WorkflowData AslToFz::prepare(const WorkflowData &doc, Diagnostics &warnings)
{
    WorkflowData out = doc;
    int states = 0, nested = 0, relabelled = 0;
    for (Node &n : out.nodes) {
        if (!n.asl.type.isEmpty())
            ++states;
        nested += int(n.subMachines.size());
        for (QString *text : {&n.label, &n.owner, &n.description, &n.system}) {
            const QString fixed = writableLabel(*text);
            if (fixed != *text) {
                *text = fixed;
                n.source.clear();
                ++relabelled;
            }
        }
    }
    for (Edge &e : out.edges) {
        const QString fixed = writableLabel(e.label);
        if (fixed != e.label) {
            e.label = fixed;
            e.source.clear();
            ++relabelled;
        }
    }
    for (Lane &l : out.lanes) {
        const QString fixed = writableLabel(l.title);
        if (fixed != l.title) {
            l.title = fixed;
            l.headerSource.clear();
            ++relabelled;
        }
    }
    if (states)
        warnings.append(makeWarning(0, 0,
                                    tr("FlowZap keeps only the diagram: the ASL of %n "
                                       "state(s) (types and fields) is not kept.",
                                       "", states),
                                    QStringLiteral("FZ_LOST_ASL")));
    if (nested)
        warnings.append(makeWarning(0, 0,
                                    tr("FlowZap has no nested machines: %n Parallel "
                                       "branch(es) or Map processor(s) are not kept.",
                                       "", nested),
                                    QStringLiteral("FZ_LOST_NESTED")));
    if (!out.savedInputs.empty())
        warnings.append(makeWarning(0, 0,
                                    tr("FlowZap keeps no execution inputs: %n saved "
                                       "input(s) are not kept.",
                                       "", int(out.savedInputs.size())),
                                    QStringLiteral("FZ_LOST_INPUTS")));
    int positions = 0;
    for (const Node &n : out.nodes)
        positions += n.position ? 1 : 0;
    if (positions)
        warnings.append(makeWarning(0, 0,
                                    tr("FlowZap keeps no positions: %n hand-placed "
                                       "node(s) will be laid out again.",
                                       "", positions),
                                    QStringLiteral("FZ_LOST_POSITIONS")));
    if (relabelled)
        warnings.append(makeWarning(0, 0,
                                    tr("FlowZap labels cannot hold \" or line breaks: %n "
                                       "text(s) were changed (\" became ').",
                                       "", relabelled),
                                    QStringLiteral("FZ_CHANGED_TEXT")));
    return out;
}

} // namespace stepwise
