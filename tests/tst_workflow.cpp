#include "workflow.h"

#include <QtTest>

using namespace stepwise;

class TestWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void placeholder() { QVERIFY(true); }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
