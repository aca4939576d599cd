#include <QtTest>
class TestProject : public QObject
{
    Q_OBJECT
private slots:
    void todo() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
