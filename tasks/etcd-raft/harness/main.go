// Command harness runs etcd's Raft library (go.etcd.io/etcd/raft, as Debian installs it) on three
// RawNodes in one process under a schedule drawn from a seed, and prints every executed step as
// one JSON line: the contract action, its parameters, and the abstract state before and after.
//
// Output (stdout, one JSON object a line):
//
//	{"kind": "step", "actor", "action", "params", "pre", "post"}   one per step
//	{"kind": "end", "go", "steps", "faults"}                        last line
//
// A state is {"nodes": [node 1, node 2, node 3], "msgs": [[message, count], ...]} in plain JSON;
// the Python side (../harness.py) turns it into the contract's value form. Every step is one call
// into the real code (Campaign, Propose, Tick, Step, or a new RawNode on the same storage)
// followed by that node's Ready cycle; any broken expectation panics (exit status 2).
//
// Determinism: the run is a function of the seed alone. etcd draws election timeouts from a
// clock-seeded global source, but only a follower's or candidate's tick reads them and this
// program ticks leaders only; every election starts with Campaign. Map contents are sorted
// before use or output.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io/ioutil"
	"log"
	"math"
	"math/rand"
	"os"
	"reflect"
	"runtime"
	"sort"

	"go.etcd.io/etcd/raft"
	pb "go.etcd.io/etcd/raft/raftpb"
	"go.etcd.io/etcd/raft/tracker"
)

var ids = []uint64{1, 2, 3}

const (
	maxInflight  = 256
	maxProposals = 6  // client values per run
	dupLimit     = 8  // no duplication while this many messages (copies) are in flight
	busyLimit    = 10 // no new heartbeat rounds, proposals or campaigns past this many
)

// ---- the contract's records ---------------------------------------------------------------

type entryRec struct {
	Term  uint64 `json:"term"`
	Value string `json:"value"`
}

type msgRec struct {
	Type       string     `json:"type"`
	From       uint64     `json:"from"`
	To         uint64     `json:"to"`
	Term       uint64     `json:"term"`
	Index      uint64     `json:"index"`
	LogTerm    uint64     `json:"logTerm"`
	Entries    []entryRec `json:"entries"`
	Commit     uint64     `json:"commit"`
	Reject     bool       `json:"reject"`
	RejectHint uint64     `json:"rejectHint"`
}

type progRec struct {
	Match     uint64 `json:"match"`
	Next      uint64 `json:"next"`
	State     string `json:"state"`
	ProbeSent bool   `json:"probeSent"`
}

type nodeRec struct {
	ID       uint64     `json:"id"`
	Role     string     `json:"role"`
	Term     uint64     `json:"term"`
	Vote     uint64     `json:"vote"`
	Lead     uint64     `json:"lead"`
	Log      []entryRec `json:"log"`
	Commit   uint64     `json:"commit"`
	Applied  uint64     `json:"applied"`
	Votes    []string   `json:"votes"`    // node 1, 2, 3
	Progress []progRec  `json:"progress"` // node 1, 2, 3
}

type bagEntry struct {
	Msg   msgRec
	Count int
}

func (b bagEntry) MarshalJSON() ([]byte, error) { return json.Marshal([]interface{}{b.Msg, b.Count}) }

type stateRec struct {
	Nodes []nodeRec  `json:"nodes"`
	Msgs  []bagEntry `json:"msgs"`
}

type stepRec struct {
	Kind   string                 `json:"kind"`
	Actor  string                 `json:"actor"`
	Action string                 `json:"action"`
	Params map[string]interface{} `json:"params"`
	Pre    stateRec               `json:"pre"`
	Post   stateRec               `json:"post"`
}

func must(cond bool, format string, args ...interface{}) {
	if !cond {
		panic(fmt.Sprintf(format, args...))
	}
}

func check(err error, what string) {
	if err != nil {
		panic(fmt.Sprintf("%s: %v", what, err))
	}
}

// ---- storage: MemoryStorage plus the configuration the application applied ------------------

// store is the node's durable state: etcd's MemoryStorage (HardState and entries) and the
// ConfState the application got from ApplyConfChange, which a restart reads back through
// InitialState (no snapshot is ever made, so MemoryStorage itself would report none).
type store struct {
	*raft.MemoryStorage
	conf    pb.ConfState
	applied uint64
}

func (s *store) InitialState() (pb.HardState, pb.ConfState, error) {
	hs, _, err := s.MemoryStorage.InitialState()
	return hs, s.conf, err
}

func entryValue(e pb.Entry) string {
	switch e.Type {
	case pb.EntryConfChange:
		return "conf"
	case pb.EntryNormal:
		return string(e.Data)
	}
	panic(fmt.Sprintf("entry type %s outside the contract", e.Type))
}

func entries(es []pb.Entry) []entryRec {
	out := make([]entryRec, 0, len(es))
	for _, e := range es {
		out = append(out, entryRec{e.Term, entryValue(e)})
	}
	return out
}

// ---- the cluster ----------------------------------------------------------------------------

type item struct {
	rec   msgRec
	msg   pb.Message
	wire  []byte
	count int
}

type cluster struct {
	nodes  map[uint64]*raft.RawNode
	stores map[uint64]*store
	bag    map[string]*item
	logger raft.Logger
}

func (c *cluster) config(id uint64) *raft.Config {
	return &raft.Config{
		ID:              id,
		ElectionTick:    10,
		HeartbeatTick:   1,
		Storage:         c.stores[id],
		Applied:         c.stores[id].applied,
		MaxSizePerMsg:   math.MaxUint64,
		MaxInflightMsgs: maxInflight,
		CheckQuorum:     false,
		PreVote:         false,
		Logger:          c.logger,
	}
}

func newCluster() *cluster {
	c := &cluster{
		nodes:  map[uint64]*raft.RawNode{},
		stores: map[uint64]*store{},
		bag:    map[string]*item{},
		logger: &raft.DefaultLogger{Logger: log.New(ioutil.Discard, "", 0)},
	}
	peers := make([]raft.Peer, len(ids))
	for i, id := range ids {
		peers[i] = raft.Peer{ID: id}
	}
	for _, id := range ids {
		c.stores[id] = &store{MemoryStorage: raft.NewMemoryStorage()}
		rn, err := raft.NewRawNode(c.config(id))
		check(err, "NewRawNode")
		check(rn.Bootstrap(peers), "Bootstrap")
		c.nodes[id] = rn
		c.ready(id)
	}
	return c
}

// ready runs the Ready cycle of node id until it has nothing more: persist HardState and
// entries, put the messages into the network, apply the committed entries, Advance.
func (c *cluster) ready(id uint64) {
	rn, st := c.nodes[id], c.stores[id]
	for rn.HasReady() {
		rd := rn.Ready()
		must(raft.IsEmptySnap(rd.Snapshot), "node %d: a snapshot in Ready", id)
		must(len(rd.ReadStates) == 0, "node %d: read states in Ready", id)
		if !raft.IsEmptyHardState(rd.HardState) {
			check(st.SetHardState(rd.HardState), "SetHardState")
		}
		check(st.Append(rd.Entries), "Append")
		for _, m := range rd.Messages {
			c.put(id, m)
		}
		for _, e := range rd.CommittedEntries {
			if e.Type == pb.EntryConfChange {
				var cc pb.ConfChange
				check(cc.Unmarshal(e.Data), "ConfChange.Unmarshal")
				st.conf = *rn.ApplyConfChange(cc)
			}
			must(e.Index == st.applied+1, "node %d: committed entry %d after applied %d", id, e.Index, st.applied)
			st.applied = e.Index
		}
		rn.Advance(rd)
	}
}

var contractTypes = map[pb.MessageType]bool{
	pb.MsgVote: true, pb.MsgVoteResp: true, pb.MsgApp: true, pb.MsgAppResp: true,
	pb.MsgHeartbeat: true, pb.MsgHeartbeatResp: true,
}

func record(m pb.Message) msgRec {
	return msgRec{
		Type: m.Type.String(), From: m.From, To: m.To, Term: m.Term, Index: m.Index,
		LogTerm: m.LogTerm, Entries: entries(m.Entries), Commit: m.Commit, Reject: m.Reject,
		RejectHint: m.RejectHint,
	}
}

func key(rec msgRec) string {
	b, err := json.Marshal(rec)
	check(err, "json")
	return string(b)
}

func (c *cluster) put(from uint64, m pb.Message) {
	must(contractTypes[m.Type], "node %d sent %s, outside the contract", from, m.Type)
	must(m.From == from && m.To != from && c.nodes[m.To] != nil, "bad addresses in %v", m)
	must(len(m.Context) == 0 && raft.IsEmptySnap(m.Snapshot), "context or snapshot in %s", m.Type)
	rec := record(m)
	wire, err := m.Marshal()
	check(err, "Message.Marshal")
	k := key(rec)
	if it, ok := c.bag[k]; ok {
		// Equal records are equal messages: the record keeps every field the code set.
		must(bytes.Equal(it.wire, wire), "two messages with record %s differ", k)
		it.count++
		return
	}
	c.bag[k] = &item{rec: rec, msg: m, wire: wire, count: 1}
}

func (c *cluster) take(k string) *item {
	it := c.bag[k]
	must(it != nil, "no message %s in flight", k)
	it.count--
	if it.count == 0 {
		delete(c.bag, k)
	}
	return it
}

func (c *cluster) keys() []string {
	ks := make([]string, 0, len(c.bag))
	for k := range c.bag {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func (c *cluster) inFlight() int {
	n := 0
	for _, it := range c.bag {
		n += it.count
	}
	return n
}

// ---- reading the state ----------------------------------------------------------------------

var roles = map[raft.StateType]string{
	raft.StateFollower: "follower", raft.StateCandidate: "candidate", raft.StateLeader: "leader",
}

var progStates = map[tracker.StateType]string{
	tracker.StateProbe: "probe", tracker.StateReplicate: "replicate",
}

// raftOf is the RawNode's unexported *raft, read (never written) through reflect.
func raftOf(rn *raft.RawNode) reflect.Value {
	return reflect.ValueOf(rn).Elem().FieldByName("raft").Elem()
}

func (c *cluster) node(id uint64) nodeRec {
	rn, st := c.nodes[id], c.stores[id]
	s := rn.Status()
	role, ok := roles[s.RaftState]
	must(ok, "node %d in state %s", id, s.RaftState)
	r := raftOf(rn)
	unstable := r.FieldByName("raftLog").Elem().FieldByName("unstable").FieldByName("entries").Len()
	must(unstable == 0, "node %d: %d unstable entries after its Ready cycle", id, unstable)
	first, err := st.FirstIndex()
	check(err, "FirstIndex")
	must(first == 1, "node %d: log compacted (first index %d)", id, first)
	last, err := st.LastIndex()
	check(err, "LastIndex")
	var es []pb.Entry
	if last >= 1 {
		es, err = st.Entries(1, last+1, math.MaxUint64)
		check(err, "Entries")
	}
	for i, e := range es {
		must(e.Index == uint64(i+1), "node %d: entry %d has index %d", id, i+1, e.Index)
	}
	hs, _, _ := st.InitialState()
	must(hs.Term == s.Term && hs.Vote == s.Vote && hs.Commit == s.Commit, "node %d: HardState not persisted", id)
	must(s.Applied == st.applied, "node %d: raft applied %d, application %d", id, s.Applied, st.applied)

	votes := r.FieldByName("prs").FieldByName("Votes")
	n := nodeRec{
		ID: id, Role: role, Term: s.Term, Vote: s.Vote, Lead: s.Lead, Log: entries(es),
		Commit: s.Commit, Applied: s.Applied,
	}
	for _, p := range ids {
		v := votes.MapIndex(reflect.ValueOf(p))
		switch {
		case !v.IsValid():
			n.Votes = append(n.Votes, "none")
		case v.Bool():
			n.Votes = append(n.Votes, "granted")
		default:
			n.Votes = append(n.Votes, "rejected")
		}
		if role != "candidate" {
			must(!v.IsValid(), "node %d (%s) holds votes", id, role)
		}
		if role != "leader" {
			n.Progress = append(n.Progress, progRec{0, 0, "probe", false})
			continue
		}
		pr, ok := s.Progress[p]
		must(ok, "leader %d has no progress of %d", id, p)
		ps, ok := progStates[pr.State]
		must(ok, "leader %d: progress of %d in state %s", id, p, pr.State)
		must(!pr.Inflights.Full(), "leader %d: the flow control window of %d is full", id, p)
		n.Progress = append(n.Progress, progRec{pr.Match, pr.Next, ps, pr.ProbeSent})
	}
	return n
}

func (c *cluster) state() stateRec {
	s := stateRec{Msgs: []bagEntry{}}
	for _, id := range ids {
		s.Nodes = append(s.Nodes, c.node(id))
	}
	for _, k := range c.keys() {
		it := c.bag[k]
		s.Msgs = append(s.Msgs, bagEntry{it.rec, it.count})
	}
	return s
}

func (c *cluster) role(id uint64) raft.StateType { return c.nodes[id].BasicStatus().RaftState }

func (c *cluster) leaders() []uint64 {
	var out []uint64
	for _, id := range ids {
		if c.role(id) == raft.StateLeader {
			out = append(out, id)
		}
	}
	return out
}

// ---- the steps (contract actions) ------------------------------------------------------------

var handlers = map[string]string{
	"MsgVote": "HandleVote", "MsgVoteResp": "HandleVoteResponse", "MsgApp": "HandleAppend",
	"MsgAppResp": "HandleAppendResponse", "MsgHeartbeat": "HandleHeartbeat",
	"MsgHeartbeatResp": "HandleHeartbeatResponse",
}

func (c *cluster) quiet(except uint64) {
	for _, id := range ids {
		must(id == except || !c.nodes[id].HasReady(), "node %d has a Ready after a step of node %d", id, except)
	}
}

func (c *cluster) campaign(id uint64) {
	must(c.role(id) != raft.StateLeader, "campaign at leader %d", id)
	check(c.nodes[id].Campaign(), "Campaign")
	c.ready(id)
}

func (c *cluster) propose(id uint64, v string) {
	must(c.role(id) == raft.StateLeader, "proposal at non-leader %d", id)
	check(c.nodes[id].Propose([]byte(v)), "Propose")
	c.ready(id)
}

func (c *cluster) heartbeat(id uint64) {
	must(c.role(id) == raft.StateLeader, "tick of non-leader %d", id)
	c.nodes[id].Tick()
	c.ready(id)
}

func (c *cluster) deliver(k string) msgRec {
	it := c.take(k)
	to := it.msg.To
	check(c.nodes[to].Step(it.msg), "Step")
	c.ready(to)
	return it.rec
}

func (c *cluster) restart(id uint64) {
	rn, err := raft.NewRawNode(c.config(id))
	check(err, "NewRawNode (restart)")
	c.nodes[id] = rn
	c.ready(id)
}

// ---- the fault plan and the schedule -------------------------------------------------------

type partition struct {
	From   int    `json:"from"` // steps [from, to)
	To     int    `json:"to"`
	Node   uint64 `json:"node"`   // the node cut off
	Target string `json:"target"` // "leader": the leader when it starts (else a drawn node), or "drawn"
}

type restart struct {
	Step   int    `json:"step"`
	Node   uint64 `json:"node"`
	Target string `json:"target"` // as partition.Target
}

type plan struct {
	Loss        float64    `json:"loss"`        // weight of losing a deliverable message, relative to delivering it
	Duplication float64    `json:"duplication"` // same, of duplicating it
	Partition   *partition `json:"partition"`   // messages from or to the node are dropped, never delivered
	Restarts    []restart  `json:"restarts"`
}

func drawPlan(rng *rand.Rand, steps int) *plan {
	p := &plan{
		Loss:        []float64{0, 0.05, 0.1}[rng.Intn(3)],
		Duplication: []float64{0.05, 0.1, 0.15}[rng.Intn(3)],
	}
	target := func() string {
		if rng.Intn(2) == 0 {
			return "leader"
		}
		return "drawn"
	}
	if rng.Float64() < 0.75 {
		from := steps/6 + rng.Intn(steps/2)
		t := target()
		p.Partition = &partition{From: from, To: from + 12 + rng.Intn(20), Node: ids[rng.Intn(3)], Target: t}
	}
	for i, n := 0, 1+rng.Intn(2); i < n; i++ {
		t := target()
		p.Restarts = append(p.Restarts, restart{Step: steps/5 + rng.Intn(steps*3/4), Node: ids[rng.Intn(3)], Target: t})
	}
	sort.SliceStable(p.Restarts, func(i, j int) bool { return p.Restarts[i].Step < p.Restarts[j].Step })
	return p
}

func (p *plan) cut(step int, a, b uint64) bool {
	q := p.Partition
	return q != nil && step >= q.From && step < q.To && (a == q.Node || b == q.Node)
}

type move struct {
	w    float64
	kind string
	n    uint64
	key  string
}

func pick(rng *rand.Rand, moves []move) move {
	total := 0.0
	for _, m := range moves {
		total += m.w
	}
	x := rng.Float64() * total
	for _, m := range moves {
		x -= m.w
		if x < 0 {
			return m
		}
	}
	return moves[len(moves)-1]
}

// resolve picks the node a "leader" target names once its step comes.
func (c *cluster) resolve(target string, drawn uint64) uint64 {
	if target == "leader" {
		if ls := c.leaders(); len(ls) > 0 {
			return ls[0]
		}
	}
	return drawn
}

func (c *cluster) moves(p *plan, step, proposals int) []move {
	var ms []move
	busy := c.inFlight()
	for _, k := range c.keys() {
		rec := c.bag[k].rec
		if p.cut(step, rec.From, rec.To) {
			ms = append(ms, move{2, "drop", 0, k})
			continue
		}
		ms = append(ms, move{3, "deliver", 0, k})
		if p.Loss > 0 {
			ms = append(ms, move{3 * p.Loss, "drop", 0, k})
		}
		if busy < dupLimit {
			ms = append(ms, move{3 * p.Duplication, "duplicate", 0, k})
		}
	}
	if busy >= busyLimit {
		return ms
	}
	for _, id := range ids {
		if c.role(id) == raft.StateLeader {
			ms = append(ms, move{1, "heartbeat", id, ""})
			if proposals < maxProposals {
				ms = append(ms, move{0.6, "propose", id, ""})
			}
			continue
		}
		// A node that knows no leader in its term campaigns as its election timeout would
		// make it; one that follows a leader rarely does (a timeout on a slow link).
		w := 0.03
		if c.nodes[id].BasicStatus().Lead == raft.None {
			w = 0.4
		}
		if p.cut(step, id, 0) {
			w = 0.15
		}
		ms = append(ms, move{w, "campaign", id, ""})
	}
	return ms
}

func main() {
	seed := flag.Int64("seed", 1, "the seed of the schedule and the fault plan")
	steps := flag.Int("steps", 130, "steps to run")
	flag.Parse()

	rng := rand.New(rand.NewSource(*seed))
	p := drawPlan(rng, *steps)
	c := newCluster()
	out := bufio.NewWriter(os.Stdout)
	enc := json.NewEncoder(out)
	proposals, nextRestart, resolvedPartition := 0, 0, false
	for step := 0; step < *steps; step++ {
		if q := p.Partition; q != nil && step == q.From && !resolvedPartition {
			q.Node = c.resolve(q.Target, q.Node)
			resolvedPartition = true
		}
		pre := c.state()
		var actor, action string
		params := map[string]interface{}{}
		if nextRestart < len(p.Restarts) && step >= p.Restarts[nextRestart].Step {
			r := &p.Restarts[nextRestart]
			r.Step = step
			r.Node = c.resolve(r.Target, r.Node)
			nextRestart++
			c.restart(r.Node)
			actor, action, params["n"] = fmt.Sprint(r.Node), "Restart", r.Node
			c.quiet(r.Node)
		} else {
			m := pick(rng, c.moves(p, step, proposals))
			switch m.kind {
			case "deliver":
				rec := c.deliver(m.key)
				actor, action, params["m"] = fmt.Sprint(rec.To), handlers[rec.Type], rec
				c.quiet(rec.To)
			case "drop":
				actor, action, params["m"] = "network", "DropMessage", c.take(m.key).rec
				c.quiet(0)
			case "duplicate":
				it := c.bag[m.key]
				it.count++
				actor, action, params["m"] = "network", "DuplicateMessage", it.rec
				c.quiet(0)
			case "campaign":
				c.campaign(m.n)
				actor, action, params["n"] = fmt.Sprint(m.n), "Campaign", m.n
				c.quiet(m.n)
			case "propose":
				proposals++
				v := fmt.Sprintf("v%d", proposals)
				c.propose(m.n, v)
				actor, action, params["n"], params["v"] = fmt.Sprint(m.n), "ClientPropose", m.n, v
				c.quiet(m.n)
			case "heartbeat":
				c.heartbeat(m.n)
				actor, action, params["n"] = fmt.Sprint(m.n), "Heartbeat", m.n
				c.quiet(m.n)
			default:
				panic("unknown move " + m.kind)
			}
		}
		check(enc.Encode(stepRec{"step", actor, action, params, pre, c.state()}), "write")
	}
	check(enc.Encode(map[string]interface{}{
		"kind": "end", "go": runtime.Version(), "steps": *steps, "faults": p,
	}), "write")
	check(out.Flush(), "flush")
}
