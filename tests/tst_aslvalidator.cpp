#include <QtTest>
class TestAslvalidator : public QObject
{
    Q_OBJECT
private slots:
    void todo() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestAslvalidator)
#include "tst_aslvalidator.moc"
