#include <QtTest>
class TestAslsam : public QObject
{
    Q_OBJECT
private slots:
    void todo() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestAslsam)
#include "tst_aslsam.moc"
