#include "startdialog.h"

#include "jsoncheck.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace stepwise {

StartDialog::StartDialog(const OrderedJson &savedInputs, QWidget *parent)
    : QDialog(parent), m_saved(savedInputs)
{
    setWindowTitle(tr("Start Execution"));
    m_named = new QComboBox(this);
    m_named->setObjectName(QStringLiteral("namedInputs"));
    m_named->addItem(tr("(typed input)"));
    for (auto it = m_saved.begin(); it != m_saved.end(); ++it)
        m_named->addItem(QString::fromStdString(it.key()));
    m_input = new QPlainTextEdit(QStringLiteral("{}"), this);
    m_input->setObjectName(QStringLiteral("inputEditor"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("inputProblem"));
    m_problem->setWordWrap(true); // a long message wraps instead of widening the dialog
    m_saveName = new QLineEdit(this);
    m_saveName->setPlaceholderText(tr("Name to save this input under"));
    m_saveName->setObjectName(QStringLiteral("saveInputName"));
    auto *save = new QPushButton(tr("Save Input"), this);
    save->setObjectName(QStringLiteral("saveInputButton"));
    m_mockPath = new QLineEdit(this);
    m_mockPath->setObjectName(QStringLiteral("mockPath"));
    m_mockPath->setReadOnly(true);
    auto *browse = new QPushButton(tr("Choose…"), this);
    m_testCase = new QComboBox(this);
    m_testCase->setObjectName(QStringLiteral("testCase"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Start"));

    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_saveName, 1);
    saveRow->addWidget(save);
    auto *mockRow = new QHBoxLayout;
    mockRow->addWidget(m_mockPath, 1);
    mockRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Saved inputs:"), m_named);
    form->addRow(tr("Input JSON:"), m_input);
    form->addRow(m_problem);
    form->addRow(saveRow);
    form->addRow(tr("Mock config:"), mockRow);
    form->addRow(tr("Test case:"), m_testCase);
    form->addRow(buttons);

    connect(m_input, &QPlainTextEdit::textChanged, this, &StartDialog::check);
    connect(m_named, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index <= 0)
            return;
        const std::string key = m_named->currentText().toStdString();
        if (m_saved.contains(key))
            m_input->setPlainText(QString::fromStdString(m_saved[key].dump(2)));
    });
    connect(save, &QPushButton::clicked, this, [this] {
        runtime::Json value;
        if (!m_saveName->text().trimmed().isEmpty() &&
            JsonCheck::parse(m_input->toPlainText(), value).isEmpty())
            emit saveInputRequested(m_saveName->text().trimmed(), m_input->toPlainText());
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Mock Config File"), {},
                                                          tr("JSON files (*.json)"));
        if (!path.isEmpty())
            loadMocks(path);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString StartDialog::inputJson() const
{
    return m_input->toPlainText();
}

QString StartDialog::testCase() const
{
    return m_testCase->currentText();
}

void StartDialog::check()
{
    runtime::Json value;
    const QString why = JsonCheck::parse(m_input->toPlainText(), value);
    m_problem->setText(why);
    m_ok->setEnabled(why.isEmpty());
}

void StartDialog::loadMocks(const QString &path)
{
    QFile file(path);
    runtime::Json config;
    const QString text =
        file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    if (const QString why = JsonCheck::parse(text, config); !why.isEmpty()) {
        m_problem->setText(tr("%1: %2").arg(path, why));
        return;
    }
    m_mockText = text;
    m_mockPath->setText(path);
    m_testCase->clear();
    // Test cases live under StateMachines.<name>.TestCases.
    if (config.contains("StateMachines") && config["StateMachines"].is_object())
        for (const auto &[machine, body] : config["StateMachines"].items())
            if (body.contains("TestCases") && body["TestCases"].is_object())
                for (const auto &[name, cases] : body["TestCases"].items())
                    m_testCase->addItem(QString::fromStdString(name));
}

} // namespace stepwise
