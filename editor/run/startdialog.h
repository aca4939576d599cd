#pragma once

#include "workflowdata.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stepwise {

/// Asks for an execution's input: JSON checked as it is typed (line:col), the document's named
/// inputs to pick from or save to, and a MockConfigFile with its test case.
class StartDialog : public QDialog
{
    Q_OBJECT
public:
    StartDialog(const OrderedJson &savedInputs, QWidget *parent = nullptr);

    QString inputJson() const;
    /// The mock config's JSON text ("" for none) and the chosen test case.
    QString mockConfig() const { return m_mockText; }
    QString testCase() const;

signals:
    /// The user saved the input under a name; the window stores it in the document's
    /// savedInputs through an undo command.
    void saveInputRequested(const QString &name, const QString &json);

private:
    void check();
    void loadMocks(const QString &path);

    OrderedJson m_saved;
    QComboBox *m_named;
    QPlainTextEdit *m_input;
    QLabel *m_problem;
    QLineEdit *m_saveName;
    QLineEdit *m_mockPath;
    QComboBox *m_testCase;
    QPushButton *m_ok = nullptr;
    QString m_mockText;
};

} // namespace stepwise
