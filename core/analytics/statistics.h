#pragma once
// Small robust statistics used by the analytics: mean, median and percentiles of samples.

#include <vector>

namespace Keel::Stats {

/// Arithmetic mean; NaN for no samples.
double mean(const std::vector<double> &values);
/// Median (the mean of the two middle values for an even count); NaN for no samples.
double median(std::vector<double> values);
/// Percentile @p p in [0, 1] of ascending-sorted @p sorted, linear between closest ranks
/// (the "R-7" definition used by spreadsheets); NaN for no samples.
double percentileSorted(const std::vector<double> &sorted, double p);

} // namespace Keel::Stats
