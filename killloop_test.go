package main

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"vision2030/store"
)

// TestKillLoop runs `log` and `entries edit` processes and kills most of them
// at a random moment with SIGKILL. Every write a process acknowledged (it
// printed the new id, or "Updated") must be in the database afterwards, and
// the file must pass its checks. A few seconds normally; about 30 s with
// VISION2030_LONG_TESTS=1.
func TestKillLoop(t *testing.T) {
	t.Parallel()
	bin := binary(t)
	db := filepath.Join(t.TempDir(), "v.db")
	budget := 3 * time.Second
	if os.Getenv("VISION2030_LONG_TESTS") == "1" {
		budget = 30 * time.Second
	}
	// Create and seed the file first, so that kills land on writes, and
	// time a whole run: kills fall anywhere in 1.5 times it.
	start := time.Now()
	if out, err := exec.Command(bin, "--db", db, "report").CombinedOutput(); err != nil {
		t.Fatalf("report: %v\n%s", err, out)
	}
	span := int(time.Since(start)*3/2) + 1
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	type entryState struct {
		acked   string   // the title of the last acknowledged edit (or the log)
		pending []string // titles of edits tried since, unacknowledged
	}
	entries := map[int64]*entryState{}
	var ids []int64
	runs, kills := 0, 0
	deadline := time.Now().Add(budget)
	for i := 0; time.Now().Before(deadline); i++ {
		title := fmt.Sprintf("kill-loop %d", i)
		var args []string
		var target int64
		if len(ids) == 0 || rng.Intn(3) > 0 {
			args = []string{"--db", db, "--author", "loop", "log", "--partner", "UAW", "--goal", "1",
				"--kind", "visit", "--title", title, "--date", "2026-01-02", "--summary", "written by the kill loop"}
		} else {
			target = ids[rng.Intn(len(ids))]
			args = []string{"--db", db, "entries", "edit", strconv.FormatInt(target, 10), "--title", title}
			entries[target].pending = append(entries[target].pending, title)
		}
		cmd := exec.Command(bin, args...)
		var out bytes.Buffer
		cmd.Stdout = &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		runs++
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		var err error
		select {
		case err = <-done:
		case <-time.After(time.Duration(rng.Intn(span))):
			cmd.Process.Signal(syscall.SIGKILL)
			err = <-done
			kills++
		}
		if err != nil {
			continue // killed, or failed: nothing was acknowledged
		}
		if target == 0 {
			id, perr := strconv.ParseInt(strings.TrimSpace(out.String()), 10, 64)
			if perr != nil {
				t.Fatalf("log printed %q", out.String())
			}
			entries[id] = &entryState{acked: title}
			ids = append(ids, id)
		} else {
			entries[target].acked, entries[target].pending = title, nil
		}
	}
	t.Logf("%d processes, %d killed, %d entries acknowledged", runs, kills, len(ids))

	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatalf("the database does not open after the kill loop: %v", err)
	}
	defer st.Close()
	for id, want := range entries {
		e, err := st.Entry(context.Background(), id)
		if err != nil {
			t.Errorf("acknowledged entry %d: %v", id, err)
			continue
		}
		ok := e.Title == want.acked
		for _, p := range want.pending { // an edit may land and be killed before it says so
			ok = ok || e.Title == p
		}
		if !ok {
			t.Errorf("entry %d has title %q, acknowledged %q", id, e.Title, want.acked)
		}
	}
	if ps, err := st.CheckDerived(context.Background()); err != nil || len(ps) > 0 {
		t.Errorf("derived data after the kill loop: %v %+v", err, ps)
	}
	raw, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var ok string
	if err := raw.QueryRow("PRAGMA integrity_check").Scan(&ok); err != nil || ok != "ok" {
		t.Errorf("integrity_check: %q %v", ok, err)
	}
}
