#include "schedulenetwork.h"

#include "costing.h"
#include "earnedvalue.h"
#include "historymodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <deque>

namespace Keel {

Minutes ScheduleNetwork::finishDate(double relative) const
{
    return calendar.finishAt(origin + Minutes(std::llround(relative)));
}

Minutes ScheduleNetwork::startDate(double relative) const
{
    return calendar.startAt(origin + Minutes(std::llround(relative)));
}

double ScheduleNetwork::relativeOf(Minutes date) const
{
    return double(calendar.position(date) - origin);
}

qint32 NetworkBuilder::addNode(const NetworkNode &node, const QString &name)
{
    m_nodes.push_back(node);
    m_names.append(name);
    return qint32(m_nodes.size() - 1);
}

void NetworkBuilder::addLink(qint32 predecessor, qint32 successor, DependencyType type, double lag)
{
    m_links.push_back({predecessor, successor, type, lag});
}

ScheduleNetwork NetworkBuilder::build(const QList<Id> &taskIds, const QStringList &taskNames)
{
    ScheduleNetwork net;
    const qint32 n = qint32(m_nodes.size());
    std::vector<qint32> inDegree(size_t(n), 0);
    std::vector<qint32> outBegin(size_t(n) + 1, 0);
    std::vector<quint8> dropped(m_links.size(), 0);
    for (size_t i = 0; i < m_links.size(); ++i) {
        const RawLink &l = m_links[i];
        if (l.predecessor < 0 || l.successor < 0 || l.predecessor >= n || l.successor >= n
            || l.predecessor == l.successor) {
            dropped[i] = 1;
            continue;
        }
        ++outBegin[size_t(l.predecessor) + 1];
        ++inDegree[size_t(l.successor)];
    }
    for (qint32 i = 0; i < n; ++i)
        outBegin[size_t(i) + 1] += outBegin[size_t(i)];
    std::vector<qint32> out(static_cast<size_t>(outBegin[size_t(n)]));
    {
        std::vector<qint32> fill(outBegin.begin(), outBegin.end() - 1);
        for (size_t i = 0; i < m_links.size(); ++i) {
            if (!dropped[i])
                out[size_t(fill[size_t(m_links[i].predecessor)]++)] = qint32(i);
        }
    }

    // Kahn's algorithm, first in first out; a cycle is broken at its lowest-numbered node by
    // dropping that node's remaining incoming links.
    std::vector<qint32> order;
    order.reserve(size_t(n));
    std::vector<quint8> placed(size_t(n), 0);
    std::deque<qint32> ready;
    for (qint32 i = 0; i < n; ++i) {
        if (inDegree[size_t(i)] == 0)
            ready.push_back(i);
    }
    qint32 scan = 0;
    while (qint32(order.size()) < n) {
        if (ready.empty()) {
            while (placed[size_t(scan)])
                ++scan;
            QStringList names;
            for (size_t i = 0; i < m_links.size(); ++i) {
                if (!dropped[i] && m_links[i].successor == scan && !placed[size_t(m_links[i].predecessor)]) {
                    dropped[i] = 1;
                    names << m_names.value(m_links[i].predecessor);
                }
            }
            net.diagnostics << QCoreApplication::translate(
                                   "Keel::ScheduleNetwork", "dependency cycle: links into “%1” from %2 ignored")
                                   .arg(m_names.value(scan), names.join(QStringLiteral(", ")));
            inDegree[size_t(scan)] = 0;
            ready.push_back(scan);
        }
        const qint32 v = ready.front();
        ready.pop_front();
        if (placed[size_t(v)])
            continue;
        placed[size_t(v)] = 1;
        order.push_back(v);
        for (qint32 k = outBegin[size_t(v)]; k < outBegin[size_t(v) + 1]; ++k) {
            const qint32 li = out[size_t(k)];
            if (dropped[size_t(li)])
                continue;
            const qint32 s = m_links[size_t(li)].successor;
            if (--inDegree[size_t(s)] == 0 && !placed[size_t(s)])
                ready.push_back(s);
        }
    }

    std::vector<qint32> position(static_cast<size_t>(n));
    for (qint32 i = 0; i < n; ++i)
        position[size_t(order[size_t(i)])] = i;
    net.nodes.reserve(size_t(n));
    for (const qint32 v : order)
        net.nodes.push_back(m_nodes[size_t(v)]);
    net.predecessorBegin.assign(size_t(n) + 1, 0);
    for (size_t i = 0; i < m_links.size(); ++i) {
        if (!dropped[i])
            ++net.predecessorBegin[size_t(position[size_t(m_links[i].successor)]) + 1];
    }
    for (qint32 i = 0; i < n; ++i)
        net.predecessorBegin[size_t(i) + 1] += net.predecessorBegin[size_t(i)];
    net.links.resize(size_t(net.predecessorBegin[size_t(n)]));
    std::vector<qint32> fill(net.predecessorBegin.begin(), net.predecessorBegin.end() - 1);
    for (size_t i = 0; i < m_links.size(); ++i) {
        if (dropped[i])
            continue;
        const RawLink &l = m_links[i];
        const qint32 s = position[size_t(l.successor)];
        net.links[size_t(fill[size_t(s)]++)] = {position[size_t(l.predecessor)], l.type, l.lag};
    }

    qint32 tasks = 0;
    for (const NetworkNode &node : net.nodes)
        tasks = std::max(tasks, node.task + 1);
    net.nodeOfTask.assign(size_t(tasks), -1);
    for (qint32 i = 0; i < n; ++i) {
        if (net.nodes[size_t(i)].task >= 0)
            net.nodeOfTask[size_t(net.nodes[size_t(i)].task)] = i;
    }
    net.taskIds = taskIds;
    net.taskNames = taskNames;
    m_nodes.clear();
    m_names.clear();
    m_links.clear();
    return net;
}

ScheduleNetwork buildProjectNetwork(const WorkspaceIndex &index, CalendarCache &calendars,
                                    const Project &project, const NetworkOptions &options)
{
    const Workspace &ws = index.workspace();
    const WorkCalendar &cal = calendars.projectCalendar(project);
    const double workPerElapsed = double(cal.weeklyWork()) / (7.0 * double(kMinutesPerDay));
    const Minutes status = statusMoment(options.statusDate != kNoTime ? options.statusDate
                                                                      : defaultStatusDate(project));
    const QList<const Task *> &tasks = index.tasks(project.id);

    // Relative time 0: the planned start (as planned), else the earliest start or actual start.
    Minutes start = kNoTime;
    auto earliest = [&](Minutes t) {
        if (t != kNoTime && (start == kNoTime || t < start))
            start = t;
    };
    for (const Task *t : index.leafTasks(project.id)) {
        const BaselineTask *bt = index.baselineTask(t->id);
        if (options.asPlanned) {
            earliest(bt && bt->start != kNoTime ? bt->start : t->start);
        } else {
            earliest(t->start);
            earliest(t->actualStart);
        }
    }
    if (start == kNoTime)
        start = project.start != kNoTime ? project.start : status;
    const Minutes origin = cal.position(start);
    auto rel = [&](Minutes t) { return double(cal.position(t) - origin); };
    const double statusRel = options.asPlanned ? 0.0 : std::max(0.0, rel(status));

    NetworkBuilder b;
    QHash<Id, qint32> leafNode, entryNode, exitNode;
    QList<Id> taskIds;
    QStringList names;
    for (const Task *t : tasks) {
        if (index.isSummary(t->id)) {
            entryNode.insert(t->id, b.addNode({}, t->name));
            exitNode.insert(t->id, b.addNode({}, t->name));
            b.addLink(entryNode.value(t->id), exitNode.value(t->id), DependencyType::StartStart, 0);
            continue;
        }
        const BaselineTask *bt = index.baselineTask(t->id);
        NetworkNode node;
        node.task = qint32(taskIds.size());
        taskIds.append(t->id);
        names.append(t->name);

        const double scale = t->elapsed ? workPerElapsed : 1.0;
        double planned = double(options.asPlanned && bt && bt->duration > 0 ? bt->duration : t->duration) * scale;
        if (t->milestone)
            planned = 0;
        const bool threePoint = !t->milestone && t->mostLikely > 0 && t->optimistic <= t->mostLikely
            && t->mostLikely <= t->pessimistic;
        if (threePoint) {
            node.low = double(t->optimistic) * scale;
            node.mode = double(t->mostLikely) * scale;
            node.high = double(t->pessimistic) * scale;
        } else {
            node.low = planned * options.defaultLow;
            node.mode = planned;
            node.high = planned * std::max(1.0, options.defaultHigh);
        }

        double remaining = 1.0;
        node.floor = statusRel;
        if (!options.asPlanned) {
            const bool done = t->percentComplete >= 100 || t->actualFinish != kNoTime;
            const bool started = t->actualStart != kNoTime || t->percentComplete > 0;
            if (done) {
                const Minutes s = t->actualStart != kNoTime ? t->actualStart : t->start;
                const Minutes f = t->actualFinish != kNoTime ? t->actualFinish : (t->finish != kNoTime ? t->finish : status);
                node.fixedFinish = std::max(0.0, rel(f));
                node.fixedStart = std::clamp(s != kNoTime ? rel(s) : node.fixedFinish, 0.0, node.fixedFinish);
                remaining = 0;
            } else if (started) {
                node.fixedStart = std::max(0.0, rel(t->actualStart != kNoTime ? t->actualStart : status));
                remaining = 1.0 - std::clamp(t->percentComplete, 0, 100) / 100.0;
            }
        }
        node.low *= remaining;
        node.mode *= remaining;
        node.high *= remaining;

        if (t->constraintDate != kNoTime && remaining > 0) {
            switch (t->constraint) {
            case ConstraintType::Snet:
            case ConstraintType::Mso:
                node.floor = std::max(node.floor, rel(t->constraintDate));
                break;
            case ConstraintType::Fnet:
            case ConstraintType::Mfo:
                node.floor = std::max(node.floor, rel(t->constraintDate) - node.mode);
                break;
            default:
                break;
            }
        }

        HistoryModel::Factors f;
        if (options.history && remaining > 0)
            f = options.history->factors(index, *t);
        node.factor = f.duration;
        double labour = options.asPlanned && bt ? (bt->cost > 0 ? double(bt->cost) - double(t->fixedCost)
                                                                : Costing::plannedCost(index, *t, bt->work) - double(t->fixedCost))
                                                : Costing::plannedCost(index, *t) - double(t->fixedCost);
        labour = std::max(0.0, labour) * remaining * f.work;
        if (node.mode > 0)
            node.costPerMinute = labour / (node.mode * f.duration);
        else
            node.fixedCost += labour;
        node.fixedCost += double(t->fixedCost) * remaining;
        leafNode.insert(t->id, b.addNode(node, t->name));
    }

    auto startNode = [&](const Id &id) { return entryNode.contains(id) ? entryNode.value(id) : leafNode.value(id, -1); };
    auto endNode = [&](const Id &id) { return exitNode.contains(id) ? exitNode.value(id) : leafNode.value(id, -1); };
    for (const Task *t : tasks) {
        if (entryNode.contains(t->parentId)) {
            b.addLink(entryNode.value(t->parentId), startNode(t->id), DependencyType::StartStart, 0);
            b.addLink(endNode(t->id), exitNode.value(t->parentId), DependencyType::FinishFinish, 0);
        }
        for (const Dependency *d : index.predecessors(t->id)) {
            const Task *p = ws.get<Task>(d->predecessorId);
            if (!p || p->projectId != project.id)
                continue;
            const bool fromFinish = d->type == DependencyType::FinishStart || d->type == DependencyType::FinishFinish;
            const bool toStart = d->type == DependencyType::FinishStart || d->type == DependencyType::StartStart;
            double lag = double(d->lag);
            if (d->lagUnit == LagUnit::Elapsed) {
                lag *= workPerElapsed;
            } else if (d->lagUnit == LagUnit::Percent) {
                const qint32 pn = leafNode.value(p->id, -1);
                lag = pn >= 0 ? double(p->duration) * (p->elapsed ? workPerElapsed : 1.0) * lag / 100.0 : 0.0;
            }
            b.addLink(fromFinish ? endNode(p->id) : startNode(p->id), toStart ? startNode(t->id) : endNode(t->id),
                      d->type, lag);
        }
    }

    ScheduleNetwork net = b.build(taskIds, names);
    net.calendar = cal;
    net.origin = origin;
    net.minutesPerDay = calendars.minutesPerDay();
    if (!options.asPlanned) {
        EvmOptions eo;
        eo.statusDate = options.statusDate;
        net.sunkCost = EarnedValue(index, calendars, project, eo).measure().figures.ac;
    }
    return net;
}

} // namespace Keel
