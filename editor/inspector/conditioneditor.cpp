#include "conditioneditor.h"

#include "combofield.h"
#include "jsonfield.h"
#include "linefield.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace stepwise {

namespace {

bool isLogical(const QString &op)
{
    return op == QLatin1String("And") || op == QLatin1String("Or") || op == QLatin1String("Not");
}

QString timestampProblem(const OrderedJson &v)
{
    // RFC 3339 as AWS takes it: date, T, time, optional fraction, Z or an offset.
    static const QRegularExpression rfc3339(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!v.is_string() || !rfc3339.match(QString::fromStdString(v.get<std::string>())).hasMatch())
        return ConditionEditor::tr("Enter a timestamp such as 2024-05-01T12:00:00Z.");
    return {};
}

QString booleanProblem(const OrderedJson &v)
{
    return v.is_boolean() ? QString() : ConditionEditor::tr("Enter true or false.");
}

} // namespace

QStringList ConditionEditor::operators()
{
    QStringList ops{QStringLiteral("And"), QStringLiteral("Or"), QStringLiteral("Not")};
    for (const char *family : {"String", "Numeric", "Timestamp"})
        for (const char *cmp :
             {"Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals"}) {
            ops << QLatin1String(family) + QLatin1String(cmp);
            ops << QLatin1String(family) + QLatin1String(cmp) + QLatin1String("Path");
        }
    ops << QStringLiteral("StringMatches") << QStringLiteral("BooleanEquals")
        << QStringLiteral("BooleanEqualsPath");
    for (const char *test :
         {"IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"})
        ops << QLatin1String(test);
    return ops;
}

QString ConditionEditor::operatorOf(const OrderedJson &rule, bool jsonata)
{
    if (!rule.is_object())
        return {};
    if (jsonata)
        return rule.contains("Condition") ? QStringLiteral("Condition") : QString();
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        const QString key = QString::fromStdString(it.key());
        if (operators().contains(key))
            return key;
    }
    return {};
}

OrderedJson ConditionEditor::defaultValue(const QString &op)
{
    if (op.endsWith(QLatin1String("Path")))
        return "$.other";
    if (op == QLatin1String("And") || op == QLatin1String("Or"))
        return OrderedJson::array({{{"Variable", "$.value"}, {"IsPresent", true}}});
    if (op == QLatin1String("Not"))
        return {{"Variable", "$.value"}, {"IsPresent", true}};
    if (op.startsWith(QLatin1String("Numeric")))
        return 0;
    if (op.startsWith(QLatin1String("Timestamp")))
        return "2024-01-01T00:00:00Z";
    if (op.startsWith(QLatin1String("Is")) || op.startsWith(QLatin1String("Boolean")))
        return true;
    if (op == QLatin1String("Condition"))
        return "{% true %}";
    return "";
}

ConditionEditor::ConditionEditor(bool topLevel, bool jsonata, QWidget *parent)
    : QFrame(parent), m_topLevel(topLevel), m_jsonata(jsonata), m_op(new QComboBox(this)),
      m_variable(new LineField(QStringLiteral("Variable"), LineField::Kind::ReferencePath, this)),
      m_valueHolder(new QWidget(this)), m_childLayout(new QVBoxLayout),
      m_addChild(new QPushButton(tr("Add condition"), this))
{
    setFrameShape(QFrame::StyledPanel);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Nested rules indent: in a narrow dock a field goes under its label rather than widen it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *head = new QHBoxLayout;
    m_op->setObjectName(QStringLiteral("operator"));
    // The longest operator (TimestampGreaterThanEqualsPath) would set the width of the dock.
    m_op->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_op->setMinimumContentsLength(12);
    if (jsonata)
        m_op->addItem(QStringLiteral("Condition"));
    else
        m_op->addItems(operators());
    head->addWidget(m_op, 1);
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeCondition"));
    head->addWidget(remove);
    form->addRow(topLevel ? tr("Rule") : tr("Condition"), head);
    form->addRow(tr("Variable"), m_variable);
    auto *holder = new QVBoxLayout(m_valueHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Value"), m_valueHolder);
    m_childLayout->setContentsMargins(12, 0, 0, 0);
    form->addRow(m_childLayout);
    form->addRow(m_addChild);
    if (topLevel) {
        m_next = new ComboField(QStringLiteral("Next"), false, this);
        m_next->setRequired(true);
        form->addRow(tr("Next"), m_next);
        connect(m_next, &FieldEditor::edited, this,
                [this](const QString &k, const FieldValue &v) { setMember(k, v, k); });
    }
    connect(m_op, &QComboBox::activated, this, &ConditionEditor::onOperatorChosen);
    connect(remove, &QPushButton::clicked, this, &ConditionEditor::removeRequested);
    connect(m_addChild, &QPushButton::clicked, this, &ConditionEditor::addChild);
    connect(m_variable, &FieldEditor::edited, this,
            [this](const QString &k, const FieldValue &v) { setMember(k, v, k); });
    rebuild();
}

void ConditionEditor::setTargets(const QList<QPair<QString, QString>> &targets)
{
    m_targets = targets;
    if (m_next)
        m_next->setOptions(targets);
}

void ConditionEditor::setMember(const QString &key, const FieldValue &value, const QString &field)
{
    if (value)
        m_rule[key.toStdString()] = *value; // in place when present: the order is kept
    else
        m_rule.erase(key.toStdString());
    emit changed(QLatin1Char('/') + field);
}

void ConditionEditor::load(const OrderedJson &rule)
{
    const OrderedJson r = rule.is_object() ? rule : OrderedJson::object();
    if (r == m_rule && !m_opName.isEmpty())
        return;
    const QString op = operatorOf(r, m_jsonata);
    const bool sameShape =
        op == m_opName &&
        (!isLogical(op) ||
         (op == QLatin1String("Not") ? m_children.size() == 1
                                     : r[op.toStdString()].is_array() &&
                                           int(r[op.toStdString()].size()) == m_children.size()));
    m_rule = r;
    if (!sameShape) {
        rebuild();
        return;
    }
    // In place, so the field being typed in keeps its cursor.
    m_variable->setValue(r.contains("Variable") ? FieldValue(r["Variable"]) : std::nullopt);
    if (m_next)
        m_next->setValue(r.contains("Next") ? FieldValue(r["Next"]) : std::nullopt);
    const std::string k = op.toStdString();
    if (m_value)
        m_value->setValue(r.contains(k) ? FieldValue(r[k]) : std::nullopt);
    if (op == QLatin1String("Not"))
        m_children.first()->load(r[k]);
    else if (isLogical(op))
        for (int i = 0; i < m_children.size(); ++i)
            m_children[i]->load(r[k][size_t(i)]);
}

void ConditionEditor::rebuild()
{
    m_opName = operatorOf(m_rule, m_jsonata);
    const int at = m_op->findText(m_opName);
    m_op->setCurrentIndex(at);
    qDeleteAll(m_children);
    m_children.clear();
    delete m_value;
    m_value = nullptr;
    const bool logical = isLogical(m_opName);
    const bool unary = m_opName.startsWith(QLatin1String("Is"));
    m_variable->setVisible(!logical && !m_jsonata);
    m_variable->setValue(m_rule.contains("Variable") ? FieldValue(m_rule["Variable"])
                                                     : std::nullopt);
    m_addChild->setVisible(m_opName == QLatin1String("And") || m_opName == QLatin1String("Or"));
    if (m_next)
        m_next->setValue(m_rule.contains("Next") ? FieldValue(m_rule["Next"]) : std::nullopt);
    const std::string key = m_opName.toStdString();
    if (!m_opName.isEmpty() && !logical) {
        using K = LineField::Kind;
        K kind = K::Text;
        if (m_opName.endsWith(QLatin1String("Path")))
            kind = K::ReferencePath;
        else if (m_opName.startsWith(QLatin1String("Numeric")))
            kind = K::Number;
        else if (unary || m_opName.startsWith(QLatin1String("Boolean")))
            kind = K::Json;
        auto *f = new LineField(m_opName, kind, m_valueHolder);
        f->setMinimum(-1e300);
        if (kind == K::Json)
            f->setCheck(booleanProblem);
        else if (m_opName.startsWith(QLatin1String("Timestamp")) && kind == K::Text)
            f->setCheck(timestampProblem);
        m_valueHolder->layout()->addWidget(f);
        f->setValue(m_rule.contains(key) ? FieldValue(m_rule[key]) : std::nullopt);
        const bool plainString = kind == K::Text && !m_opName.startsWith(QLatin1String("Time")) &&
                                 m_opName != QLatin1String("Condition");
        connect(f, &FieldEditor::edited, this,
                [this, plainString](const QString &k, const FieldValue &v) {
                    // An empty StringEquals compares with "", it does not drop the operator.
                    setMember(k, v || !plainString ? v : FieldValue(OrderedJson("")), k);
                });
        m_value = f;
    }
    if (!logical)
        return;
    OrderedJson &operands = m_rule[key];
    const bool single = m_opName == QLatin1String("Not");
    const size_t n = single ? 1 : (operands.is_array() ? operands.size() : 0);
    for (size_t i = 0; i < n; ++i) {
        auto *child = new ConditionEditor(false, m_jsonata, this);
        child->load(single ? operands : operands[i]);
        const int index = int(i);
        connect(child, &ConditionEditor::changed, this,
                [this, child, single, index, key](const QString &field) {
                    if (single)
                        m_rule[key] = child->toJson();
                    else
                        m_rule[key][size_t(index)] = child->toJson();
                    emit changed(QLatin1Char('/') + m_opName +
                                 (single ? QString() : QLatin1Char('/') + QString::number(index)) +
                                 field);
                });
        connect(child, &ConditionEditor::removeRequested, this, [this, index, single, key] {
            if (single || int(m_rule[key].size()) <= 1)
                return; // Not has one operand and And/Or at least one
            m_rule[key].erase(size_t(index));
            QMetaObject::invokeMethod(
                this, [this] { rebuild(); }, Qt::QueuedConnection);
            emit changed(QLatin1Char('/') + m_opName);
        });
        m_childLayout->addWidget(child);
        m_children << child;
    }
}

void ConditionEditor::addChild()
{
    const std::string key = m_opName.toStdString();
    if (!m_rule[key].is_array())
        m_rule[key] = OrderedJson::array();
    m_rule[key].push_back(defaultValue(QStringLiteral("Not")));
    rebuild();
    emit changed(QLatin1Char('/') + m_opName);
}

void ConditionEditor::onOperatorChosen(int index)
{
    const QString op = m_op->itemText(index);
    if (op == m_opName)
        return;
    if (!m_opName.isEmpty())
        m_rule.erase(m_opName.toStdString());
    if (isLogical(op) || m_jsonata)
        m_rule.erase("Variable");
    else if (!m_rule.contains("Variable"))
        m_rule["Variable"] = "$.value";
    m_rule[op.toStdString()] = defaultValue(op);
    rebuild();
    emit changed(QLatin1Char('/') + op);
}

bool ConditionEditor::focusField(const QString &pointer)
{
    const QStringList parts = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString first = parts.value(0);
    if (first == QLatin1String("Next") && m_next) {
        m_next->focusEditor();
        return true;
    }
    if (first == QLatin1String("Variable") && m_variable->isVisibleTo(this)) {
        m_variable->focusEditor();
        return true;
    }
    if (isLogical(first) && first == m_opName && !m_children.isEmpty()) {
        if (first == QLatin1String("Not"))
            return m_children.first()->focusField(parts.mid(1).join(QLatin1Char('/')));
        ConditionEditor *child = m_children.value(parts.value(1).toInt());
        return child && child->focusField(parts.mid(2).join(QLatin1Char('/')));
    }
    if (m_value) {
        m_value->focusEditor();
        return true;
    }
    m_op->setFocus(Qt::OtherFocusReason);
    return true;
}

} // namespace stepwise
