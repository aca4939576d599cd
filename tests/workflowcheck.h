#pragma once

// Shared checks for the Workflow tests: the written bytes of a document in every format, and
// the transitions the written ASL holds compared with the edges the model draws.
#include "asl/aslwriter.h"
#include "documentio.h"
#include "transitions.h"
#include "workflow.h"

#include <QStringList>

namespace stepwise::test {

struct Bytes
{
    QByteArray fz, asl, project;
    bool operator==(const Bytes &o) const
    {
        return fz == o.fz && asl == o.asl && project == o.project;
    }
};

inline Bytes written(const WorkflowData &d)
{
    return {DocumentIo::write(d, DocumentIo::Format::FlowZap).bytes,
            DocumentIo::write(d, DocumentIo::Format::AslJson).bytes,
            DocumentIo::write(d, DocumentIo::Format::Project).bytes};
}

// "from -next-> to" for every transition of the written definition whose target is a state
// of the same machine (read straight from the JSON, without the model's helpers).
inline void jsonTransitions(const OrderedJson &machine, QStringList &out)
{
    if (!machine.is_object() || !machine.contains("States") || !machine["States"].is_object())
        return;
    const OrderedJson &states = machine["States"];
    auto add = [&](const std::string &from, const char *kind, const OrderedJson &to) {
        if (to.is_string() && states.contains(to.get<std::string>()))
            out << QString::fromStdString(from + " -" + kind + "-> " + to.get<std::string>());
    };
    for (auto it = states.begin(); it != states.end(); ++it) {
        const OrderedJson &s = it.value();
        if (!s.is_object())
            continue;
        if (s.contains("Next"))
            add(it.key(), "next", s["Next"]);
        if (s.contains("Default"))
            add(it.key(), "default", s["Default"]);
        for (const char *list : {"Choices", "Catch"})
            if (s.contains(list) && s[list].is_array())
                for (size_t i = 0; i < s[list].size(); ++i)
                    if (s[list][i].is_object() && s[list][i].contains("Next"))
                        add(it.key(),
                            (std::string(list == std::string("Choices") ? "choice:" : "catch:") +
                             std::to_string(i))
                                .c_str(),
                            s[list][i]["Next"]);
        if (s.contains("Branches") && s["Branches"].is_array())
            for (const OrderedJson &b : s["Branches"])
                jsonTransitions(b, out);
        for (const char *p : {"ItemProcessor", "Iterator"})
            if (s.contains(p))
                jsonTransitions(s[p], out);
    }
}

inline void edgeTransitions(const WorkflowData &m, QStringList &out)
{
    for (const Edge &e : m.edges) {
        using K = EdgeMeaning::Kind;
        if (e.meaning.kind == K::Plain || e.meaning.kind == K::StartAt || e.meaning.kind == K::End)
            continue;
        out << m.node(e.from)->asl.name + QStringLiteral(" -") + e.meaning.toString() +
                   QStringLiteral("-> ") + m.node(e.to)->asl.name;
    }
    for (const Node &n : m.nodes)
        for (const WorkflowData &sub : n.subMachines)
            edgeTransitions(sub, out);
}

// Empty when the model's edges and the written ASL agree; else what differs.
inline QString disagreement(const WorkflowData &d)
{
    QStringList problems = transitionProblems(d);
    if (!problems.isEmpty())
        return problems.join(QLatin1Char('\n'));
    if (!AslWriter::hasAslStates(d))
        return {};
    QStringList fromJson, fromEdges;
    jsonTransitions(AslWriter::toJson(d), fromJson);
    edgeTransitions(d, fromEdges);
    fromJson.sort();
    fromEdges.sort();
    if (fromJson != fromEdges)
        return QStringLiteral("ASL: %1\nedges: %2")
            .arg(fromJson.join(QStringLiteral("; ")), fromEdges.join(QStringLiteral("; ")));
    return {};
}

} // namespace stepwise::test
