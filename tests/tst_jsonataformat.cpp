// JSONata's picture-string functions against the answers of the reference implementation
// (jsonata-js 2.2.2): rows taken from its test suite, and, when STEPWISE_SHARED is set, every
// suite case that is a literal call of one of these functions.

#include "jsonata/jsonatadatetime.h"
#include "jsonata/jsonataformat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>
#include <map>

using namespace stepwise::jsonata;

namespace {

// Expected "" with code "" means: undefined (parsing) or the empty string (formatting).
struct NumberRow
{
    const char *name;
    double value;
    const char *picture, *options, *expected, *code;
};
struct IntegerRow
{
    const char *name;
    double value;
    const char *picture, *expected, *code;
};
struct ParseRow
{
    const char *name, *text, *picture, *expected, *code; // picture nullptr: none given
};
struct MillisRow
{
    const char *name;
    long long millis;
    const char *picture, *timezone, *expected, *code; // nullptr: argument not given
};

// function-formatNumber (case016 is 2392.14*(-36.58), case017 2.14*86.58).
const NumberRow kNumberRows[] = {
    {"case000", 12345.6, "#,###.00", "", "12,345.60", ""},
    {"case002", 123412345678.9, "9,9,99.99", "", "123412345,6,78.90", ""},
    {"case004", 123.9, "9999", "", "0124", ""},
    {"case005", 0.14, "01%", "", "14%", ""},
    {"case006", 0.4857, "###.###\u2030", "", "485.7\u2030", ""},
    {"case007", 0.14, "###pm", "{\"per-mille\": \"pm\"}", "140pm", ""},
    {"case008", -6, "000", "", "-006", ""},
    {"case009", 1234.5678, "00.000e0", "", "12.346e2", ""},
    {"case012", 0.234, "0.0e0", "", "2.3e-1", ""},
    {"case014", 0.123, "#.e9", "", "0.1e0", ""},
    {"case015", 0.234, ".00e0", "", ".23e0", ""},
    {"case016", -87504.4812, "000,000.000###;###,###.000###", "", "87,504.4812", ""},
    {"case017", 185.2812, "PREFIX##00.000###SUFFIX", "", "PREFIX185.2812SUFFIX", ""},
    {"case018", 1e+20, "#,######", "", "100,000000,000000,000000", ""},
    {"case019", 20, "#;#;#", "", "", "D3080"},
    {"case020", 20, "#.0.0", "", "", "D3081"},
    {"case021", 20, "#0%%", "", "", "D3082"},
    {"case025", 20, "0+.e0", "", "", "D3086"},
    {"case026", 20, "0,.e0", "", "", "D3087"},
    {"case027", 20, "0,", "", "", "D3088"},
    {"case028", 20, "0,,0", "", "", "D3089"},
    {"case030", 20, "#0.#0e0", "", "", "D3091"},
    {"case032", 20, "#0.0e0,0", "", "", "D3093"},
    {"case033", 2, "000.000", "", "002.000", ""},
    {"case034", 2, "AAA.AAA", "{\"zero-digit\": \"A\"}", "AAC.AAA", ""},
    {"case035", 0.1, "AeAAA", "{\"zero-digit\": \"A\"}", "Be-AAB", ""},
    {"issue785#0", 0, "0e0", "", "0e0", ""},
    {"issue785#1", -42, "0e0", "", "-4e1", ""},
    {"issue785#2", 42, "0e0", "", "4e1", ""},
    {"issue785#3", 0, "0.00e0", "", "0.00e0", ""},
    // F&O and JSONata documentation examples.
    {"doc-negative-subpicture", -34.555, "#0.00;(#0.00)", "", "(34.56)", ""},
    {"doc-half-even", 34.555, "#0.00;(#0.00)", "", "34.56", ""},
    {"doc-percent", 0.456, "#%", "", "46%", ""},
};

const IntegerRow kIntegerRows[] = {
    {"formatInteger#1", 123, "000", "123", ""},
    {"formatInteger#3", -3, "0000", "-0003", ""},
    {"formatInteger#5", 1234, "###0", "1234", ""},
    {"formatInteger#7", 12.6, "###0", "12", ""},
    {"formatInteger#9", 1, "0;o", "1st", ""},
    {"formatInteger#11", 1234, "###0;o", "1234th", ""},
    {"formatInteger#13", 12340, "###\u0661", "\u0661\u0662\u0663\u0664\u0660", ""},
    {"formatInteger#15", 12340, "##0\uff10", "", "D3131"},
    {"formatInteger#17", 1200, "#,##0", "1,200", ""},
    {"formatInteger#23", 1234567890, "##,##,##0", "12345,67,890", ""},
    {"formatInteger#25", 1984, "I", "MCMLXXXIV", ""},
    {"formatInteger#27", 12, "w", "twelve", ""},
    {"formatInteger#31", 100, "w", "one hundred", ""},
    {"formatInteger#33", 555, "Ww", "Five Hundred and Fifty-Five", ""},
    {"formatInteger#37", 3730, "w", "three thousand, seven hundred and thirty", ""},
    {"formatInteger#39", 4327730, "w",
     "four million, three hundred and twenty-seven thousand, seven hundred and thirty", ""},
    {"formatInteger#43", 1e+46, "w", "ten billion trillion trillion trillion", ""},
    {"formatInteger#45", 12, "w;o", "twelfth", ""},
    {"formatInteger#51", 919, "w;o", "nine hundred and nineteenth", ""},
    {"formatInteger#57", 1000000000001.0, "w;o", "one trillion and first", ""},
    {"formatInteger#59", 12, "a", "l", ""},
    {"formatInteger#63", 123456, "A", "FZPH", ""},
    {"formatInteger#64", 123456, "\u03b1", "", "D3130"},
};

const ParseRow kParseIntegerRows[] = {
    {"parseInteger#1", "123", "000", "123", ""},
    {"parseInteger#7", "1st", "0;o", "1", ""},
    {"parseInteger#10", "12th", "###0;o", "12", ""},
    {"parseInteger#16", "1,234,567,890", "#,##0", "1234567890", ""},
    {"parseInteger#19", "12345,67,890", "##,##,##0", "1234567890", ""},
    {"parseInteger#22", "xcix", "i", "99", ""},
    {"parseInteger#25", "thirty-four", "w", "34", ""},
    {"parseInteger#28", "FIVE HUNDRED AND FIFTY-FIVE", "W", "555", ""},
    {"parseInteger#31", "seven hundred and thirty", "w", "730", ""},
    {"parseInteger#40", "twelfth", "w;o", "12", ""},
    {"parseInteger#43", "NINETY-NINTH", "W;o", "99", ""},
    {"parseInteger#49", "one thousandth", "w;o", "1000", ""},
    {"parseInteger#55", "l", "a", "12", ""},
    {"parseInteger#60", "50", "#", "", "D3130"},
};

const MillisRow kFromMillisRows[] = {
    {"case001", 1509380732935LL, nullptr, nullptr, "2017-10-30T16:25:32.935Z", ""},
    {"formatDateTime#2", 1521801216617LL, "Year: [Y0001]", nullptr, "Year: 2018", ""},
    {"formatDateTime#4", 1521801216617LL, "Year: <[Y9,999,*]>", nullptr, "Year: <2,018>", ""},
    {"formatDateTime#6", 1521801216617LL, "Year]]: <[Y0001]>", nullptr, "Year]: <2018>", ""},
    {"formatDateTime#8", 1521801216617LL, "[D#1]/[M#1]/[Y0001]", nullptr, "23/3/2018", ""},
    {"formatDateTime#10", 1522703100000LL, "[F0] [FNn]", nullptr, "1 Monday", ""},
    {"formatDateTime#14", 1521801216617LL,
     "[Y]-[ M01]-[D 01]T[H01 ]:[ m   ]:[s].[f0  01][Z01:\n 01t]", nullptr,
     "2018-03-23T10:33:36.617Z", ""},
    {"formatDateTime#18", 1531310400000LL, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z]", "-0500",
     "2018-07-11T07:00:00-05:00", ""},
    {"formatDateTime#22", 1531310400000LL, "[Y]-[M01]-[D01]T[H01]:[m]:[s][Z0]", "+0530",
     "2018-07-11T17:30:00+5:30", ""},
    {"formatDateTime#24", 1204405500000LL, "[Y]-[M01]-[D01]T[H01]:[m]:[s].[f001][Z0101t]", "+0530",
     "2008-03-02T02:35:00.000+0530", ""},
    {"formatDateTime#26", 1230757500000LL, "[Y]-[M01]-[D01]T[H01]:[m]:[s].[f001][Z010101t]",
     "+0530", "", "D3134"},
    {"formatDateTime#30", 1521801216617LL, "[D#1,2]/[M1,2]/[Y0001,2-2]", nullptr, "23/03/18", ""},
    {"formatDateTime#32", 1521801216617LL, "[Da] [MA] [Yi]", nullptr, "w C mmxviii", ""},
    {"formatDateTime#34", 1521801216617LL, "[Yw]", nullptr, "two thousand and eighteen", ""},
    {"formatDateTime#38", 1521801216617LL, "[FNn], [D1o] [MNn] [Y]", nullptr,
     "Friday, 23rd March 2018", ""},
    {"formatDateTime#40", 1521801216617LL, "[FNn,3-3], [D1o] [MNn,3-3] [Y] [C]", nullptr,
     "Fri, 23rd Mar 2018 ISO", ""},
    {"formatDateTime#42", 1204405500000LL, "[F], [D]/[M]/[Y] [h]:[m]:[s] [P]", nullptr,
     "saturday, 1/3/2008 9:05:00 pm", ""},
    {"formatDateTime#44", 1514808000000LL, "[dwo] day of the year", nullptr,
     "first day of the year", ""},
    {"formatDateTime#48", 1515326400000LL, "Week: [W]", nullptr, "Week: 1", ""},
    {"formatDateTime#56", 1451304000000LL, "Week: [W]", nullptr, "Week: 53", ""},
    {"formatDateTime#60", 1359633600000LL, "Week: [w] of [xNn]", nullptr, "Week: 5 of January", ""},
    {"formatDateTime#67", 1521801216617LL, "[F], [D]/[M]/[Y] [h]:[m]:[s] [PN]", nullptr,
     "friday, 23/3/2018 10:33:36 AM", ""},
    {"default-tz", 1540127100000LL, nullptr, "-0500", "2018-10-21T08:05:00.000-05:00", ""},
    {"default-utc", 1540127100000LL, nullptr, "0000", "2018-10-21T13:05:00.000Z", ""},
    {"isoWeekDate#0", 1104537600000LL, "[X0001]-W[W01]-[F1]", nullptr, "2004-W53-6", ""},
    {"isoWeekDate#11", 1230508800000LL, "[X0001]-W[W01]-[F1]", nullptr, "2009-W01-1", ""},
    {"isoWeekDate#18", 1262476800000LL, "[X0001]-W[W01]-[F1]", nullptr, "2009-W53-7", ""},
    {"formatDateTime#69", 1419940800000LL, "[YN]-[M]-[D]", nullptr, "", "D3133"},
    {"formatDateTime#70", 1419940800000LL, "[YN]-[M", nullptr, "", "D3135"},
};

const ParseRow kToMillisRows[] = {
    {"case002", "2018-02-01T09:42:13.123+0000", nullptr, "1517478133123", ""},
    {"case003", "2017-10-30", nullptr, "1509321600000", ""},
    {"case005", "2018", nullptr, "1514764800000", ""},
    {"case007", "foo", nullptr, "", "D3110"},
    {"case008", "01-02-2018", nullptr, "", "D3110"},
    {"case009", "2018-02-03 11:15:33", nullptr, "", "D3110"},
    {"case010", "201802", "[Y0001][M01]", "1517443200000", ""},
    {"case011", "201802", "[Y,*-4][M01]", "1517443200000", ""},
    {"case012", "20180205", "[Y0001][M01][D01]", "1517788800000", ""},
    {"case013", "20240101123849", "[Y0000][M00][D00][H00][m00][s00]", "1704112729000", ""},
    {"case013-iso", "2024-01-01T12:38:49Z", nullptr, "1704112729000", ""},
    {"parseDateTime#1", "Hello", "Hello", "", ""},
    {"parseDateTime#2", "2018", "[Y1]", "1514764800000", ""},
    {"parseDateTime#3", "2018-03-27", "[Y1]-[M01]-[D01]", "1522108800000", ""},
    {"parseDateTime#4", "2018-03-27T14:03:00.123Z", "[Y0001]-[M01]-[D01]T[H01]:[m01]:[s01].[f001]Z",
     "1522159380123", ""},
    {"parseDateTime#5", "27th 3 1976", "[D1o] [M#1] [Y0001]", "196732800000", ""},
    {"parseDateTime#6", "21st 12 1881", "[D1o] [M01] [Y0001]", "-2777932800000", ""},
    {"parseDateTime#8", "MCMLXXXIV", "[YI]", "441763200000", ""},
    {"parseDateTime#9", "27 03 MMXVIII", "[D1] [M01] [YI]", "1522108800000", ""},
    {"parseDateTime#11", "w C mmxviii", "[Da] [MA] [Yi]", "1521763200000", ""},
    {"parseDateTime#12", "ae C mmxviii", "[Da] [MA] [Yi]", "1522454400000", ""},
    {"parseDateTime#13", "27th April 2008", "[D1o] [MNn] [Y0001]", "1209254400000", ""},
    {"parseDateTime#15", "2 Feb 2012", "[D1] [MNn,3-3] [Y0001]", "1328140800000", ""},
    {"parseDateTime#17", "nineteen hundred and eighty-four", "[Yw]", "441763200000", ""},
    {"parseDateTime#18", "twenty-seven April 2008", "[Dw] [MNn] [Y0001]", "1209254400000", ""},
    {"parseDateTime#22", "Twentieth of August, two thousand and seventeen", "[DW] of [MNn], [Yw]",
     "1503187200000", ""},
    {"parseDateTime#23", "4/4/2018 12:06 am", "[D1]/[M1]/[Y0001] [h]:[m] [P]", "1522800360000", ""},
    {"parseDateTime#26", "4/4/2018 11:30 pm", "[D1]/[M1]/[Y0001] [h]:[m] [P]", "1522884600000", ""},
    {"parseDateTime#27", "2018-094", "[Y0001]-[d001]", "1522800000000", ""},
    {"parseDateTime#34", "irrelevent string", "[Y]-[M]-[D]", "", ""},
    {"parseDateTime#35", "2018-05-22", "[Y]-[M]-[q]", "", "D3132"},
    {"parseDateTime#36", "2018-05-22", "[YN]-[M]-[D]", "", "D3133"},
    {"parseDateTime#37", "2018-22", "[Y]-[D]", "", "D3136"},
    {"parseDateTime#38", "5-22 23:59", "[M]-[D] [m]:[s]", "", "D3136"},
    {"parseDateTime#40", "2018-32-5", "[X]-[W]-[F1]", "", "D3136"},
};

std::optional<std::string> optional(const char *text)
{
    return text ? std::optional<std::string>(text) : std::nullopt;
}

template <typename Row, std::size_t N> void addRows(const Row (&rows)[N])
{
    QTest::addColumn<int>("row");
    for (std::size_t i = 0; i < N; ++i)
        QTest::newRow(rows[i].name) << static_cast<int>(i);
}

void checkFormat(const FormatResult &result, const char *expected, const char *code)
{
    QCOMPARE(QString::fromStdString(result.errorCode), QString::fromUtf8(code));
    if (result.ok())
        QCOMPARE(QString::fromStdString(result.value), QString::fromUtf8(expected));
    else
        QVERIFY(!result.errorMessage.empty());
}

void checkParse(const ParseResult &result, const char *expected, const char *code)
{
    QCOMPARE(QString::fromStdString(result.errorCode), QString::fromUtf8(code));
    QVERIFY(result.ok() || !result.errorMessage.empty());
    if (!result.ok())
        return;
    QCOMPARE(result.value.has_value(), *expected != '\0');
    if (result.value)
        QCOMPARE(*result.value, std::strtod(expected, nullptr));
}

} // namespace

class TstJsonataFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatNumber_data() { addRows(kNumberRows); }
    void formatNumber();
    void formatInteger_data() { addRows(kIntegerRows); }
    void formatInteger();
    void parseInteger_data() { addRows(kParseIntegerRows); }
    void parseInteger();
    void fromMillis_data() { addRows(kFromMillisRows); }
    void fromMillis();
    void toMillis_data() { addRows(kToMillisRows); }
    void toMillis();
    void defaultsFromNow();
    void badPicturesGiveErrors();
    void referenceSuite();
};

void TstJsonataFormat::formatNumber()
{
    QFETCH(int, row);
    const NumberRow &r = kNumberRows[row];
    const auto options = *r.options ? nlohmann::json::parse(r.options) : nlohmann::json();
    checkFormat(stepwise::jsonata::formatNumber(r.value, r.picture, options), r.expected, r.code);
}

void TstJsonataFormat::formatInteger()
{
    QFETCH(int, row);
    const IntegerRow &r = kIntegerRows[row];
    checkFormat(stepwise::jsonata::formatInteger(r.value, r.picture), r.expected, r.code);
}

void TstJsonataFormat::parseInteger()
{
    QFETCH(int, row);
    const ParseRow &r = kParseIntegerRows[row];
    checkParse(stepwise::jsonata::parseInteger(r.text, r.picture), r.expected, r.code);
}

void TstJsonataFormat::fromMillis()
{
    QFETCH(int, row);
    const MillisRow &r = kFromMillisRows[row];
    checkFormat(stepwise::jsonata::fromMillis(r.millis, optional(r.picture), optional(r.timezone)),
                r.expected, r.code);
}

void TstJsonataFormat::toMillis()
{
    QFETCH(int, row);
    const ParseRow &r = kToMillisRows[row];
    checkParse(stepwise::jsonata::toMillis(r.text, optional(r.picture)), r.expected, r.code);
}

// Components left of the picture's first come from "now"; those right of its last are zero.
void TstJsonataFormat::defaultsFromNow()
{
    const std::int64_t now = 1717245296789; // 2024-06-01T12:34:56.789Z
    const auto time = stepwise::jsonata::toMillis("13:45", "[H]:[m]", now);
    QVERIFY(time.ok() && time.value);
    QCOMPARE(*time.value, 1717249500000.0); // 2024-06-01T13:45:00.000Z
    const auto monthDay = stepwise::jsonata::toMillis("03-07", "[M01]-[D01]", now);
    QVERIFY(monthDay.ok() && monthDay.value);
    QCOMPARE(*monthDay.value, 1709769600000.0); // 2024-03-07T00:00:00.000Z
    const auto noon = stepwise::jsonata::toMillis("2018-11-14 12 pm", "[Y]-[M]-[D] [h] [P]", now);
    QVERIFY(noon.ok() && noon.value);
    QCOMPARE(*noon.value, 1542196800000.0); // 2018-11-14T12:00:00.000Z
}

// Malformed pictures and odd values give a result or an error with its message, never an
// exception or a hang.
void TstJsonataFormat::badPicturesGiveErrors()
{
    const char *const pictures[] = {"",         ";",     "#;",       "e",    "#e",      "%",
                                    "0,",       ",0",    "[",        "]",    "[]",      "[Y",
                                    "[,]",      "[Y,-]", "[Z00000]", "[q]",  "[YN]",    "[Fo]",
                                    "\xff\xfe", "0;o",   "##",       "Ww;o", "[D,*-*]", "[f,9-9]"};
    for (const char *picture : pictures) {
        for (const double value : {0.0, -1.5, 1e300, 123456.0}) {
            const auto n = stepwise::jsonata::formatNumber(value, picture);
            const auto i = stepwise::jsonata::formatInteger(value, picture);
            QCOMPARE(n.ok(), n.errorMessage.empty());
            QCOMPARE(i.ok(), i.errorMessage.empty());
        }
        const auto d = stepwise::jsonata::fromMillis(-62135596800000, picture, "+0530");
        QCOMPARE(d.ok(), d.errorMessage.empty());
        const auto t = stepwise::jsonata::toMillis("2018-01-01", std::string(picture));
        QCOMPARE(t.ok(), t.errorMessage.empty());
        const auto p = stepwise::jsonata::parseInteger("12", picture);
        QCOMPARE(p.ok(), p.errorMessage.empty());
    }
    QCOMPARE(QString::fromStdString(stepwise::jsonata::fromMillis(0, "[Y", {}).errorCode),
             QStringLiteral("D3135"));
    QCOMPARE(QString::fromStdString(stepwise::jsonata::toMillis("x", "[q]").errorCode),
             QStringLiteral("D3132"));
    QCOMPARE(QString::fromStdString(stepwise::jsonata::formatInteger(1e300, "I").errorCode),
             QStringLiteral("D3130")); // the reference overflows its stack here
}

namespace {

// The arguments of a literal call as a JSON array: quoted strings, numbers, objects, and
// products of two numbers (as in 2.14*86.58). Anything else (paths, undefined): nullopt.
std::optional<QJsonArray> literalArguments(QString text)
{
    static const QRegularExpression quoted(QStringLiteral("'([^'\\\\\"]*)'"));
    text.replace(quoted, QStringLiteral("\"\\1\""));
    static const QRegularExpression product(
        QStringLiteral("(-?[0-9.]+)\\s*\\*\\s*\\(?(-?[0-9.]+)\\)?"));
    for (auto m = product.match(text); m.hasMatch(); m = product.match(text)) {
        const double value = m.captured(1).toDouble() * m.captured(2).toDouble();
        text.replace(m.capturedStart(), m.capturedLength(), QString::number(value, 'g', 17));
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson((u'[' + text + u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.array().isEmpty())
        return std::nullopt;
    return doc.array();
}

std::optional<std::string> optionalString(const QJsonArray &args, qsizetype index)
{
    if (index >= args.size())
        return std::nullopt;
    return args.at(index).toString().toStdString();
}

// Runs one literal call; the verdict compares it with the case's result, undefinedResult
// or code.
bool runCase(const QString &function, const QJsonArray &a, const QJsonObject &c, QString &got)
{
    std::string code;
    std::optional<std::string> text;
    std::optional<double> number;
    if (function == u"formatNumber" || function == u"formatInteger" || function == u"fromMillis") {
        FormatResult r;
        if (function == u"formatNumber")
            r = stepwise::jsonata::formatNumber(
                a.at(0).toDouble(), a.at(1).toString().toStdString(),
                a.size() > 2 ? nlohmann::json::parse(
                                   QJsonDocument(a.at(2).toObject()).toJson().toStdString())
                             : nlohmann::json());
        else if (function == u"formatInteger")
            r = stepwise::jsonata::formatInteger(a.at(0).toDouble(),
                                                 a.at(1).toString().toStdString());
        else
            r = stepwise::jsonata::fromMillis(static_cast<std::int64_t>(a.at(0).toDouble()),
                                              optionalString(a, 1), optionalString(a, 2));
        code = r.errorCode;
        if (r.ok())
            text = r.value;
    } else {
        const ParseResult r =
            function == u"parseInteger"
                ? stepwise::jsonata::parseInteger(a.at(0).toString().toStdString(),
                                                  a.at(1).toString().toStdString())
                : stepwise::jsonata::toMillis(a.at(0).toString().toStdString(),
                                              optionalString(a, 1));
        code = r.errorCode;
        number = r.value;
    }
    got = !code.empty() ? QString::fromStdString("error " + code)
          : text        ? QString::fromStdString('"' + *text + '"')
          : number      ? QString::number(*number, 'g', 17)
                        : QStringLiteral("undefined");
    if (c.contains(u"code"))
        return code == c.value(u"code").toString().toStdString();
    if (!code.empty())
        return false;
    if (c.value(u"undefinedResult").toBool())
        return !text && !number;
    const QJsonValue expected = c.value(u"result");
    return expected.isString() ? text && QString::fromStdString(*text) == expected.toString()
                               : number && *number == expected.toDouble();
}

} // namespace

void TstJsonataFormat::referenceSuite()
{
    const QString shared = qEnvironmentVariable("STEPWISE_SHARED");
    if (shared.isEmpty())
        QSKIP("STEPWISE_SHARED is not set: the reference suite is not available");
    const QDir groups(shared + QStringLiteral("/conformance/jsonata-suite/groups"));
    QVERIFY2(groups.exists(), qPrintable(groups.path()));
    static const QRegularExpression call(
        QStringLiteral(
            R"(^\s*\$(formatNumber|formatInteger|parseInteger|fromMillis|toMillis)\((.*)\)\s*$)"),
        QRegularExpression::DotMatchesEverythingOption);
    // $toMillis(...) ~> $fromMillis() and ($ts := $toMillis(...); $fromMillis($ts, '...') )
    static const QRegularExpression chain(QStringLiteral(
        R"(^\(?(?:\$ts := )?\$toMillis\(([^)]*)\)\s*(?:~> \$fromMillis\(\)|; \$fromMillis\(\$ts, ([^)]*)\) \))\s*$)"));
    std::map<QString, std::pair<int, int>> tally; // function -> passed, literal cases
    QStringList failures;
    for (const QString &group : groups.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(groups.filePath(group));
        for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile f(dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
            const QJsonArray cases = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            for (const auto &entry : cases) {
                const QJsonObject c = entry.toObject();
                const QString expr = c.value(u"expr").toString();
                if (const auto m = chain.match(expr); m.hasMatch()) {
                    const auto parsed = literalArguments(m.captured(1));
                    if (!parsed)
                        continue;
                    const auto millis = stepwise::jsonata::toMillis(
                        parsed->at(0).toString().toStdString(), optionalString(*parsed, 1));
                    const auto picture = m.captured(2).isEmpty()
                                             ? std::nullopt
                                             : optionalString(*literalArguments(m.captured(2)), 0);
                    const bool passed =
                        millis.value &&
                        stepwise::jsonata::fromMillis(static_cast<std::int64_t>(*millis.value),
                                                      picture, {})
                                .value == c.value(u"result").toString().toStdString();
                    auto &[ok, total] = tally[QStringLiteral("toMillis then $fromMillis")];
                    ok += passed ? 1 : 0;
                    ++total;
                    if (!passed)
                        failures << expr;
                    continue;
                }
                const auto match = call.match(expr);
                if (!match.hasMatch())
                    continue;
                const auto args = literalArguments(match.captured(2));
                if (!args || (!(*args)[0].isDouble() && !(*args)[0].isString()))
                    continue; // not a literal call (undefined or computed arguments)
                const QString function = match.captured(1);
                QString got;
                const bool passed = runCase(function, *args, c, got);
                auto &[ok, total] = tally[function];
                ok += passed ? 1 : 0;
                ++total;
                if (!passed)
                    failures << QStringLiteral("%1/%2: %3 gave %4")
                                    .arg(group, file, c.value(u"expr").toString(), got);
            }
        }
    }
    for (const auto &[function, counts] : tally)
        qInfo("JSONata suite, $%s: %d of %d literal cases pass", qPrintable(function), counts.first,
              counts.second);
    QVERIFY2(tally.size() == 6, "every function has literal cases in the suite");
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TstJsonataFormat)
#include "tst_jsonataformat.moc"
