#include "datetext.h"

#include <QDateTime>
#include <QLocale>

#include <vector>

namespace Keel {

namespace {

struct Token
{
    enum Kind { Number, Word, Separator } kind;
    QString text;
    int value = 0;
    int digits = 0;
};

std::vector<Token> tokenize(QStringView s)
{
    std::vector<Token> tokens;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s[i];
        if (c.isDigit() && c.unicode() < 128) {
            qsizetype j = i;
            qint64 v = 0;
            while (j < s.size() && s[j].isDigit() && s[j].unicode() < 128 && j - i < 9) {
                v = v * 10 + (s[j].unicode() - u'0');
                ++j;
            }
            while (j < s.size() && s[j].isDigit())
                ++j;
            tokens.push_back({Token::Number, s.mid(i, j - i).toString(), int(v), int(j - i)});
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < s.size() && s[j].isLetter() && !(s[j].unicode() >= 0x4e00 && s[j].unicode() <= 0x9fff && j > i))
                ++j;
            // CJK characters are words of one character each ("年", "月", "日").
            if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
                j = i + 1;
            tokens.push_back({Token::Word, s.mid(i, j - i).toString().toLower(), 0, 0});
            i = j;
        } else if (c.isSpace()) {
            ++i;
        } else {
            tokens.push_back({Token::Separator, QString(c), 0, 0});
            ++i;
        }
    }
    return tokens;
}

int monthOfName(const QString &word)
{
    static const char16_t *const names[] = {u"jan", u"feb", u"mar", u"apr", u"may", u"jun",
                                            u"jul", u"aug", u"sep", u"oct", u"nov", u"dec"};
    if (word.size() < 3)
        return 0;
    for (int m = 0; m < 12; ++m) {
        if (word.startsWith(QStringView(names[m])))
            return m + 1;
    }
    return 0;
}

bool isWeekdayName(const QString &word)
{
    static const char16_t *const names[] = {u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"};
    for (const char16_t *n : names) {
        if (word.startsWith(QStringView(n)))
            return true;
    }
    return word == u"星" || word == u"期" || word == u"周";
}

int fullYear(const Token &t)
{
    if (t.digits <= 2)
        return 2000 + t.value;
    return t.value;
}

/// Reads "H:MM[:SS] [AM|PM]" from @p tokens at @p pos; -1 when malformed, or when nothing is left.
int readTime(const std::vector<Token> &tokens, size_t pos, bool *bad)
{
    *bad = false;
    if (pos >= tokens.size())
        return -1;
    size_t i = pos;
    if (tokens[i].kind == Token::Separator && tokens[i].text == u",")
        ++i;
    if (i < tokens.size() && tokens[i].kind == Token::Word && tokens[i].text == u"t")
        ++i;
    if (i + 2 >= tokens.size()) {
        *bad = true;
        return -1;
    }
    const Token &h = tokens[i];
    if (h.kind != Token::Number || tokens[i + 1].kind != Token::Separator || tokens[i + 1].text != u":"
        || tokens[i + 2].kind != Token::Number) {
        *bad = true;
        return -1;
    }
    int hour = h.value;
    const int minute = tokens[i + 2].value;
    i += 3;
    if (i + 1 < tokens.size() && tokens[i].kind == Token::Separator && tokens[i].text == u":"
        && tokens[i + 1].kind == Token::Number) {
        i += 2;
        if (i + 1 < tokens.size() && tokens[i].kind == Token::Separator && tokens[i].text == u"."
            && tokens[i + 1].kind == Token::Number)
            i += 2;
    }
    if (i < tokens.size() && tokens[i].kind == Token::Word) {
        const QString &w = tokens[i].text;
        if (w == u"am" || w == u"a") {
            if (hour == 12)
                hour = 0;
        } else if (w == u"pm" || w == u"p") {
            if (hour < 12)
                hour += 12;
        } else {
            *bad = true;
            return -1;
        }
        ++i;
    }
    if (i < tokens.size() && tokens[i].kind == Token::Word && tokens[i].text == u"z")
        ++i;
    if (i != tokens.size() || minute > 59 || hour > 24 || (hour == 24 && minute > 0)) {
        *bad = true;
        return -1;
    }
    return hour * 60 + minute;
}

} // namespace

bool DateText::looksDayFirst(QStringView text)
{
    const std::vector<Token> t = tokenize(text);
    size_t i = 0;
    while (i < t.size() && t[i].kind == Token::Word)
        ++i;
    if (i + 2 < t.size() && t[i].kind == Token::Number && t[i].digits <= 2 && t[i + 1].kind == Token::Separator
        && t[i + 1].text == u"/")
        return t[i].value > 12;
    return false;
}

std::optional<ParsedDate> DateText::parse(QStringView input, Order order, const QString &format)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (!format.isEmpty()) {
        const QLocale c = QLocale::c();
        const bool hasTime = format.contains(u'h', Qt::CaseInsensitive) || format.contains(u'm');
        QDateTime dt = c.toDateTime(text.toString(), format);
        if (dt.isValid() && dt.date().year() >= 1900 && dt.date().year() <= 2200)
            return ParsedDate{dt.date(), hasTime ? dt.time().hour() * 60 + dt.time().minute() : -1};
        const QDate d = c.toDate(text.toString(), format);
        if (d.isValid() && d.year() >= 1900 && d.year() <= 2200)
            return ParsedDate{d, -1};
        return std::nullopt;
    }

    std::vector<Token> t = tokenize(text);
    // A leading weekday name ("Mon 1/15/24", "Monday, January 15, 2024", "星期一").
    size_t i = 0;
    while (i < t.size() && t[i].kind == Token::Word && isWeekdayName(t[i].text) && monthOfName(t[i].text) == 0) {
        ++i;
        if (i < t.size() && t[i].kind == Token::Word && (t[i].text == u"一" || t[i].text == u"二" || t[i].text == u"三"
                                                          || t[i].text == u"四" || t[i].text == u"五"
                                                          || t[i].text == u"六" || t[i].text == u"日"))
            ++i;
        if (i < t.size() && t[i].kind == Token::Separator && t[i].text == u",")
            ++i;
    }
    int year = 0;
    int month = 0;
    int day = 0;
    auto sep = [&](size_t k, QStringView s) {
        return k < t.size() && t[k].kind == Token::Separator && t[k].text == s;
    };
    auto num = [&](size_t k) { return k < t.size() && t[k].kind == Token::Number; };
    auto word = [&](size_t k, QStringView w) { return k < t.size() && t[k].kind == Token::Word && t[k].text == w; };

    if (num(i) && t[i].digits == 4 && (sep(i + 1, u"-") || sep(i + 1, u"/") || sep(i + 1, u".")) && num(i + 2)
        && sep(i + 3, t[i + 1].text) && num(i + 4)) {
        // yyyy-MM-dd, yyyy/M/d, yyyy.M.d
        year = t[i].value;
        month = t[i + 2].value;
        day = t[i + 4].value;
        i += 5;
    } else if (num(i) && t[i].digits == 4 && word(i + 1, u"年") && num(i + 2) && word(i + 3, u"月") && num(i + 4)) {
        year = t[i].value;
        month = t[i + 2].value;
        day = t[i + 4].value;
        i += 5;
        if (word(i, u"日") || word(i, u"号"))
            ++i;
    } else if (num(i) && (sep(i + 1, u"/") || sep(i + 1, u".") || sep(i + 1, u"-")) && num(i + 2)
               && sep(i + 3, t[i + 1].text) && num(i + 4)) {
        // d.M.yyyy is always day first; slashes follow the order; dashes with a short first part too.
        const bool dayFirst = t[i + 1].text == u"." || order == Order::DayFirst;
        day = dayFirst ? t[i].value : t[i + 2].value;
        month = dayFirst ? t[i + 2].value : t[i].value;
        year = fullYear(t[i + 4]);
        i += 5;
    } else if (t.size() > i && t[i].kind == Token::Word && monthOfName(t[i].text) && num(i + 1)) {
        // "Jan 15, 2024", "January 15 2024"
        month = monthOfName(t[i].text);
        day = t[i + 1].value;
        i += 2;
        if (sep(i, u","))
            ++i;
        if (!num(i))
            return std::nullopt;
        year = fullYear(t[i]);
        ++i;
    } else if (num(i)) {
        // "15 January 2024", "15-Jan-2024"
        size_t k = i + 1;
        if (sep(k, u"-"))
            ++k;
        if (k >= t.size() || t[k].kind != Token::Word || !monthOfName(t[k].text))
            return std::nullopt;
        day = t[i].value;
        month = monthOfName(t[k].text);
        ++k;
        if (sep(k, u"-") || sep(k, u","))
            ++k;
        if (!num(k))
            return std::nullopt;
        year = fullYear(t[k]);
        i = k + 1;
    } else {
        return std::nullopt;
    }
    // Planning dates live between 1900 and 2200 (what calendars cover); anything else is a typo.
    const QDate date(year, month, day);
    if (!date.isValid() || year < 1900 || year > 2200)
        return std::nullopt;
    ParsedDate result{date, -1};
    if (i < t.size()) {
        bool bad = false;
        result.minuteOfDay = readTime(t, i, &bad);
        if (bad)
            return std::nullopt;
    }
    return result;
}

} // namespace Keel
