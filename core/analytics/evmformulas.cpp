#include "evmformulas.h"

#include <algorithm>

namespace Keel {

EvmFigures evmFigures(double bac, double pv, double ev, double ac, double bottomUpEtc, EacMethod method)
{
    EvmFigures f;
    f.bac = bac;
    f.pv = pv;
    f.ev = ev;
    f.ac = ac;
    f.sv = ev - pv;
    f.cv = ev - ac;
    f.spi = ratio(ev, pv);
    f.cpi = ratio(ev, ac);
    f.eacCpi = std::isnan(f.cpi) || f.cpi == 0 ? kUndefined : bac / f.cpi;
    f.eacBudgetRate = ac + (bac - ev);
    const double cpiSpi = f.cpi * f.spi;
    f.eacCpiSpi = std::isnan(cpiSpi) || cpiSpi == 0 ? kUndefined : ac + (bac - ev) / cpiSpi;
    f.eacBottomUp = std::isnan(bottomUpEtc) ? kUndefined : ac + bottomUpEtc;
    f.method = method;
    switch (method) {
    case EacMethod::Cpi:
        f.eac = f.eacCpi;
        break;
    case EacMethod::BudgetRate:
        f.eac = f.eacBudgetRate;
        break;
    case EacMethod::CpiSpi:
        f.eac = f.eacCpiSpi;
        break;
    case EacMethod::BottomUp:
        f.eac = f.eacBottomUp;
        break;
    }
    // Before any cost or value exists the indices are undefined; the budget is the best estimate.
    if (std::isnan(f.eac))
        f.eac = f.eacBudgetRate;
    f.etc = f.eac - ac;
    f.vac = bac - f.eac;
    f.tcpiBac = ratio(bac - ev, bac - ac);
    f.tcpiEac = ratio(bac - ev, f.eac - ac);
    f.percentComplete = ratio(ev, bac);
    f.percentSpent = ratio(ac, bac);
    return f;
}

EvmFigures sumEvm(const std::vector<EvmFigures> &parts, EacMethod method)
{
    double bac = 0, pv = 0, ev = 0, ac = 0, etc = 0;
    bool haveEtc = true;
    for (const EvmFigures &p : parts) {
        bac += p.bac;
        pv += p.pv;
        ev += p.ev;
        ac += p.ac;
        if (std::isnan(p.eacBottomUp))
            haveEtc = false;
        else
            etc += p.eacBottomUp - p.ac;
    }
    return evmFigures(bac, pv, ev, ac, haveEtc && !parts.empty() ? etc : kUndefined, method);
}

EarnedScheduleFigures earnedScheduleFigures(double es, double at, double pd)
{
    EarnedScheduleFigures f;
    f.es = es;
    f.at = at;
    f.pd = pd;
    f.svt = es - at;
    f.spit = ratio(es, at);
    f.ieact = std::isnan(f.spit) || f.spit == 0 ? kUndefined : pd / f.spit;
    f.tspi = ratio(pd - es, pd - at);
    return f;
}

EarnedScheduleFigures earnedSchedule(const std::vector<double> &cumulativePv, double ev, double actualTime)
{
    // C: whole periods whose cumulative PV the EV has reached (PV_0 = 0 before the first period).
    size_t c = 0;
    while (c < cumulativePv.size() && cumulativePv[c] <= ev)
        ++c;
    double es = double(c);
    if (c < cumulativePv.size()) {
        const double before = c == 0 ? 0.0 : cumulativePv[c - 1];
        const double increment = cumulativePv[c] - before;
        if (increment > 0)
            es += std::clamp((ev - before) / increment, 0.0, 1.0);
    }
    return earnedScheduleFigures(es, actualTime, double(cumulativePv.size()));
}

} // namespace Keel
