#include "montecarlo.h"

#include "randomstream.h"
#include "statistics.h"

#include <algorithm>
#include <cmath>

namespace Keel {

namespace {

// Tolerance of "no float", in working minutes: far below a minute, far above rounding noise.
constexpr double kCriticalEpsilon = 1e-3;

enum class Sampler : quint8 { Fixed, Triangular, Pert };

} // namespace

double MonteCarloResult::probabilityBy(double relative) const
{
    if (finishes.empty())
        return 0;
    const auto it = std::upper_bound(finishes.begin(), finishes.end(), relative);
    return double(it - finishes.begin()) / double(finishes.size());
}

double MonteCarloResult::finishAt(double p) const
{
    return Stats::percentileSorted(finishes, p);
}

double MonteCarloResult::costAt(double p) const
{
    return Stats::percentileSorted(costs, p);
}

MonteCarlo::MonteCarlo(const ScheduleNetwork &network)
    : m_net(network)
{
}

double MonteCarlo::forward(const double *d, double *es, double *ef) const
{
    const NetworkNode *nodes = m_net.nodes.data();
    const qint32 *begin = m_net.predecessorBegin.data();
    const NetworkLink *links = m_net.links.data();
    const qint32 n = m_net.size();
    double finish = 0;
    for (qint32 i = 0; i < n; ++i) {
        const NetworkNode &node = nodes[i];
        if (node.fixedFinish >= 0) {
            es[i] = node.fixedStart;
            ef[i] = node.fixedFinish;
        } else {
            const double di = d[i];
            double s = node.floor;
            for (qint32 k = begin[i]; k < begin[i + 1]; ++k) {
                const NetworkLink &l = links[k];
                double v;
                switch (l.type) {
                case DependencyType::FinishStart:
                    v = ef[l.predecessor] + l.lag;
                    break;
                case DependencyType::StartStart:
                    v = es[l.predecessor] + l.lag;
                    break;
                case DependencyType::FinishFinish:
                    v = ef[l.predecessor] + l.lag - di;
                    break;
                case DependencyType::StartFinish:
                default:
                    v = es[l.predecessor] + l.lag - di;
                    break;
                }
                s = v > s ? v : s;
            }
            ef[i] = s + di;
            es[i] = node.fixedStart >= 0 ? node.fixedStart : s;
        }
        finish = ef[i] > finish ? ef[i] : finish;
    }
    return finish;
}

double MonteCarlo::deterministicFinish() const
{
    const size_t n = size_t(m_net.size());
    std::vector<double> d(n), es(n), ef(n);
    for (size_t i = 0; i < n; ++i)
        d[i] = m_net.nodes[i].mode * m_net.nodes[i].factor;
    return forward(d.data(), es.data(), ef.data());
}

double MonteCarlo::deterministicCost() const
{
    double cost = m_net.sunkCost;
    for (const NetworkNode &node : m_net.nodes) {
        if (node.fixedFinish < 0)
            cost += node.costPerMinute * node.mode * node.factor + node.fixedCost;
    }
    return cost;
}

MonteCarloResult MonteCarlo::run(const MonteCarloOptions &options) const
{
    MonteCarloResult r;
    const qint32 n = m_net.size();
    const int iterations = std::max(1, options.iterations);
    const size_t count = size_t(n);

    // Per node: how to sample, and the parameters, laid out for the inner loop.
    BetaTableCache tables;
    std::vector<Sampler> sampler(count, Sampler::Fixed);
    std::vector<const BetaQuantileTable *> table(count, nullptr);
    std::vector<double> low(count), mode(count), high(count), range(count);
    std::vector<double> costRate(count, 0.0);
    double constantCost = m_net.sunkCost;
    for (qint32 i = 0; i < n; ++i) {
        const NetworkNode &node = m_net.nodes[size_t(i)];
        low[size_t(i)] = node.low * node.factor;
        mode[size_t(i)] = node.mode * node.factor;
        high[size_t(i)] = node.high * node.factor;
        range[size_t(i)] = high[size_t(i)] - low[size_t(i)];
        if (node.fixedFinish >= 0) {
            mode[size_t(i)] = 0;
            continue;
        }
        constantCost += node.fixedCost;
        costRate[size_t(i)] = node.costPerMinute;
        if (range[size_t(i)] > 0) {
            if (options.distribution == Distribution::Pert) {
                sampler[size_t(i)] = Sampler::Pert;
                table[size_t(i)] = tables.table(node.low, node.mode, node.high);
            } else {
                sampler[size_t(i)] = Sampler::Triangular;
            }
        }
    }

    std::vector<double> d(count), es(count), ef(count), lf(count);
    std::vector<qint32> critical(count, 0);
    r.finishes.reserve(size_t(iterations));
    r.costs.reserve(size_t(iterations));
    RandomStream random(options.seed);
    const qint32 *begin = m_net.predecessorBegin.data();
    const NetworkLink *links = m_net.links.data();
    const NetworkNode *nodes = m_net.nodes.data();

    int done = 0;
    for (; done < iterations; ++done) {
        if (options.progress && done % 256 == 0 && !options.progress(done, iterations)) {
            r.cancelled = true;
            break;
        }
        double cost = constantCost;
        for (qint32 i = 0; i < n; ++i) {
            double v;
            switch (sampler[size_t(i)]) {
            case Sampler::Fixed:
                v = mode[size_t(i)];
                break;
            case Sampler::Triangular:
                v = triangularQuantile(low[size_t(i)], mode[size_t(i)], high[size_t(i)], random.uniform());
                break;
            case Sampler::Pert:
            default:
                v = low[size_t(i)] + range[size_t(i)] * (*table[size_t(i)])(random.uniform());
                break;
            }
            d[size_t(i)] = v;
            cost += costRate[size_t(i)] * v;
        }
        const double finish = forward(d.data(), es.data(), ef.data());

        // Backward pass: push each node's late start/finish to its predecessors, in reverse order.
        std::fill(lf.begin(), lf.end(), finish);
        for (qint32 i = n - 1; i >= 0; --i) {
            const double lfi = lf[size_t(i)];
            if (nodes[i].fixedFinish >= 0)
                continue;
            if (lfi - ef[size_t(i)] <= kCriticalEpsilon)
                ++critical[size_t(i)];
            const double ls = lfi - d[size_t(i)];
            for (qint32 k = begin[i]; k < begin[i + 1]; ++k) {
                const NetworkLink &l = links[k];
                const qint32 p = l.predecessor;
                double c;
                switch (l.type) {
                case DependencyType::FinishStart:
                    c = ls - l.lag;
                    break;
                case DependencyType::StartStart:
                    c = ls - l.lag + d[size_t(p)];
                    break;
                case DependencyType::FinishFinish:
                    c = lfi - l.lag;
                    break;
                case DependencyType::StartFinish:
                default:
                    c = lfi - l.lag + d[size_t(p)];
                    break;
                }
                if (c < lf[size_t(p)])
                    lf[size_t(p)] = c;
            }
        }
        r.finishes.push_back(finish);
        r.costs.push_back(cost);
    }

    r.iterations = done;
    std::sort(r.finishes.begin(), r.finishes.end());
    std::sort(r.costs.begin(), r.costs.end());
    r.meanFinish = Stats::mean(r.finishes);
    r.meanCost = Stats::mean(r.costs);
    r.p50 = r.finishAt(0.5);
    r.p80 = r.finishAt(0.8);
    r.p95 = r.finishAt(0.95);
    r.costP50 = r.costAt(0.5);
    r.costP80 = r.costAt(0.8);
    r.costP95 = r.costAt(0.95);
    r.deterministicFinish = deterministicFinish();
    r.deterministicCost = deterministicCost();
    if (done > 0) {
        r.deterministicDate = m_net.finishDate(r.deterministicFinish);
        r.p50Date = m_net.finishDate(r.p50);
        r.p80Date = m_net.finishDate(r.p80);
        r.p95Date = m_net.finishDate(r.p95);
    }
    r.criticality.assign(m_net.nodeOfTask.size(), 0.0);
    for (size_t t = 0; t < m_net.nodeOfTask.size(); ++t) {
        const qint32 node = m_net.nodeOfTask[t];
        if (node >= 0 && done > 0)
            r.criticality[t] = double(critical[size_t(node)]) / double(done);
    }

    if (done > 0 && options.histogramBins > 0) {
        const double lo = r.finishes.front();
        const double hi = r.finishes.back();
        const int bins = hi > lo ? options.histogramBins : 1;
        const double width = hi > lo ? (hi - lo) / bins : 1.0;
        r.histogram.resize(size_t(bins));
        for (int b = 0; b < bins; ++b) {
            r.histogram[size_t(b)].from = lo + b * width;
            r.histogram[size_t(b)].to = b == bins - 1 ? hi : lo + (b + 1) * width;
        }
        for (const double f : r.finishes) {
            const int b = std::clamp(int((f - lo) / width), 0, bins - 1);
            ++r.histogram[size_t(b)].count;
        }
        int cumulative = 0;
        for (HistogramBin &bin : r.histogram) {
            cumulative += bin.count;
            bin.cumulative = double(cumulative) / double(done);
        }
    }
    return r;
}

} // namespace Keel
