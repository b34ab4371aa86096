#pragma once
// The formulas of earned value management (PMI, PMBOK Guide 6th ed. §7.4.2.2 and Table 7-1;
// PMI Practice Standard for Earned Value Management) and of earned schedule (W. Lipke, "Schedule is
// Different", The Measurable News, March 2003; PMI Practice Standard for EVM, 2nd ed., Appendix D),
// as pure functions of the measured quantities. Money is in any unit (Keel passes minor units);
// time in any unit (periods, working minutes). An undefined ratio (a division by zero) is NaN.

#include <cmath>
#include <limits>
#include <vector>

namespace Keel {

inline constexpr double kUndefined = std::numeric_limits<double>::quiet_NaN();

/// Which estimate at completion a report presents as "the" EAC.
enum class EacMethod {
    Cpi,          ///< BAC / CPI: the cost efficiency so far continues
    BudgetRate,   ///< AC + (BAC − EV): the remaining work is done at the budgeted rate
    CpiSpi,       ///< AC + (BAC − EV) / (CPI × SPI): schedule pressure also drives cost
    BottomUp,     ///< AC + bottom-up ETC: a fresh estimate of the remaining work
};

struct EvmFigures
{
    double bac = 0;  ///< budget at completion
    double pv = 0;   ///< planned value at the status date
    double ev = 0;   ///< earned value
    double ac = 0;   ///< actual cost
    double sv = 0;   ///< EV − PV
    double cv = 0;   ///< EV − AC
    double spi = kUndefined; ///< EV / PV
    double cpi = kUndefined; ///< EV / AC
    double eacCpi = kUndefined;
    double eacBudgetRate = kUndefined;
    double eacCpiSpi = kUndefined;
    double eacBottomUp = kUndefined;
    EacMethod method = EacMethod::Cpi;
    double eac = kUndefined; ///< the estimate of `method` (BAC/CPI falls back to AC + (BAC − EV))
    double etc = kUndefined; ///< EAC − AC
    double vac = kUndefined; ///< BAC − EAC
    double tcpiBac = kUndefined; ///< (BAC − EV) / (BAC − AC): efficiency needed to finish on budget
    double tcpiEac = kUndefined; ///< (BAC − EV) / (EAC − AC): efficiency needed to meet the EAC
    double percentComplete = kUndefined; ///< EV / BAC
    double percentSpent = kUndefined;    ///< AC / BAC
};

/// Computes every figure from BAC, PV, EV and AC; @p bottomUpEtc (NaN: none) is an estimate of the
/// cost of the remaining work made from the plan.
EvmFigures evmFigures(double bac, double pv, double ev, double ac, double bottomUpEtc = kUndefined,
                      EacMethod method = EacMethod::Cpi);
/// Sums the quantities of several projects in one currency and recomputes the ratios.
EvmFigures sumEvm(const std::vector<EvmFigures> &parts, EacMethod method = EacMethod::Cpi);

struct EarnedScheduleFigures
{
    double es = 0;          ///< earned schedule: when the earned value was planned to be earned
    double at = 0;          ///< actual time: elapsed since the start
    double pd = 0;          ///< planned duration
    double svt = 0;         ///< SV(t) = ES − AT
    double spit = kUndefined;  ///< SPI(t) = ES / AT
    double ieact = kUndefined; ///< IEAC(t) = PD / SPI(t): forecast duration
    double tspi = kUndefined;  ///< TSPI = (PD − ES) / (PD − AT): efficiency needed to finish on time
};

/// Earned schedule from a period-by-period plan (Lipke): @p cumulativePv[k] is the planned value
/// at the end of period k + 1; ES = C + (EV − PV_C) / (PV_C+1 − PV_C) where C is the number of whole
/// periods whose cumulative PV the earned value has reached. @p actualTime in periods.
EarnedScheduleFigures earnedSchedule(const std::vector<double> &cumulativePv, double ev, double actualTime);
/// The time-based figures from ES, AT and PD in any one unit of time.
EarnedScheduleFigures earnedScheduleFigures(double es, double at, double pd);

/// Divides, giving NaN for a zero denominator.
inline double ratio(double numerator, double denominator)
{
    return denominator == 0 ? kUndefined : numerator / denominator;
}

} // namespace Keel
