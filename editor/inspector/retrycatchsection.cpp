#include "retrycatchsection.h"

#include "fieldgroup.h"
#include "objectlisteditor.h"

#include <QGroupBox>
#include <QVBoxLayout>

namespace stepwise {

namespace {
const QString errorsHint = QStringLiteral("States.ALL");
}

RetryCatchSection::RetryCatchSection(bool jsonata, QWidget *parent) : StateSection(parent)
{
    const OrderedJson newRetrier = {{"ErrorEquals", {"States.ALL"}},
                                    {"IntervalSeconds", 1},
                                    {"MaxAttempts", 3},
                                    {"BackoffRate", 2}};
    m_retry =
        new ObjectListEditor(QStringLiteral("Retry"), tr("Retrier"), newRetrier, [](FieldGroup *g) {
            using K = LineField::Kind;
            g->addLine(tr("Errors"), QStringLiteral("ErrorEquals"), K::StringList, errorsHint);
            g->addLine(tr("Interval (s)"), QStringLiteral("IntervalSeconds"), K::Integer)
                ->setMinimum(1);
            g->addLine(tr("Max attempts"), QStringLiteral("MaxAttempts"), K::Integer);
            g->addLine(tr("Backoff rate"), QStringLiteral("BackoffRate"), K::Number)->setMinimum(1);
            g->addLine(tr("Max delay (s)"), QStringLiteral("MaxDelaySeconds"), K::Integer)
                ->setMinimum(1);
            g->addCombo(tr("Jitter"), QStringLiteral("JitterStrategy"), false,
                        {{QStringLiteral("FULL"), QString()}, {QStringLiteral("NONE"), QString()}});
            g->addLine(tr("Comment"), QStringLiteral("Comment"), K::Text);
        });
    const OrderedJson newCatcher = {{"ErrorEquals", {"States.ALL"}}};
    m_catch = new ObjectListEditor(
        QStringLiteral("Catch"), tr("Catcher"), newCatcher, [jsonata](FieldGroup *g) {
            using K = LineField::Kind;
            g->addLine(tr("Errors"), QStringLiteral("ErrorEquals"), K::StringList, errorsHint);
            g->addCombo(tr("Next"), QStringLiteral("Next"), false, {});
            if (jsonata) {
                g->addJson(tr("Output"), QStringLiteral("Output"));
            } else {
                g->addLine(tr("Result path"), QStringLiteral("ResultPath"), K::ResultPath,
                           QStringLiteral("$.error"));
            }
            g->addJson(tr("Assign"), QStringLiteral("Assign"))->setObjectOnly(true);
            g->addLine(tr("Comment"), QStringLiteral("Comment"), K::Text);
        });
    for (auto [list, title] : {std::pair{m_retry, tr("Retry")}, std::pair{m_catch, tr("Catch")}}) {
        auto *box = new QGroupBox(title, this);
        auto *l = new QVBoxLayout(box);
        l->addWidget(list);
        layout()->addWidget(box);
        connect(list, &ObjectListEditor::edited, this, &StateSection::edited);
    }
}

void RetryCatchSection::load(const OrderedJson &view, const WorkflowData &doc)
{
    m_catch->setComboOptions(QStringLiteral("Next"), stateChoices(doc));
    m_retry->load(view.contains("Retry") ? FieldValue(view["Retry"]) : std::nullopt);
    m_catch->load(view.contains("Catch") ? FieldValue(view["Catch"]) : std::nullopt);
}

bool RetryCatchSection::focusField(const QString &pointer)
{
    return m_retry->focusField(pointer) || m_catch->focusField(pointer);
}

} // namespace stepwise
