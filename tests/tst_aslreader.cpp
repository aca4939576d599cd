#include <QtTest>
class TestAslreader : public QObject
{
    Q_OBJECT
private slots:
    void todo() { QVERIFY(true); }
};
QTEST_GUILESS_MAIN(TestAslreader)
#include "tst_aslreader.moc"
