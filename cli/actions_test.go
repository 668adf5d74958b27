package cli

import (
	"strings"
	"testing"
)

// TestActionsEditDelete: an action is edited by its id, field by field,
// and deleted.
func TestActionsEditDelete(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("actions", "add", "--entry", "4", "--what", "Send the minutes", "--owner", "sato", "--due", "2026-11-25")
	if out := sb.ok("actions", "edit", "1", "--what", "Send the minutes to JCM", "--done", "2026-11-20"); !strings.Contains(out, "Action 1 updated") {
		t.Fatalf("edit says %q", out)
	}
	out := sb.ok("actions", "--all", "--format", "json")
	for _, want := range []string{`"what": "Send the minutes to JCM"`, `"owner": "sato"`, `"due": "2026-11-25"`, `"done": "2026-11-20"`} {
		if !strings.Contains(out, want) {
			t.Errorf("after the edit, the action lacks %s:\n%s", want, out)
		}
	}
	if code, _, _ := sb.do("actions", "edit", "1"); code != 2 {
		t.Errorf("an edit without a field: exit %d, want 2", code)
	}
	if code, _, errOut := sb.do("actions", "edit", "1", "--due", "2026-02-30"); code == 0 || !strings.Contains(errOut, "no such day") {
		t.Errorf("a bad due date: exit %d, %s", code, errOut)
	}
	if out := sb.ok("actions", "delete", "1"); !strings.Contains(out, "Action 1 deleted") {
		t.Fatalf("delete says %q", out)
	}
	if out := sb.ok("actions", "--all", "--format", "json"); strings.Contains(out, "JCM") {
		t.Fatalf("the deleted action is still listed:\n%s", out)
	}
	if code, _, errOut := sb.do("actions", "delete", "1"); code != 1 || !strings.Contains(errOut, "1") {
		t.Errorf("deleting it again: exit %d, %s", code, errOut)
	}
}

// TestEditsRecordTheAuthor: the edit commands record the author setting as
// who last changed the row (updated_by), which a conflict in the dashboard
// then names.
func TestEditsRecordTheAuthor(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	sb.ok("actions", "add", "--entry", "4", "--what", "Send the minutes")
	if got := sb.query("SELECT updated_by FROM actions WHERE id = 1"); got != "tester" {
		t.Errorf("a new action's updated_by = %q, want its author", got)
	}
	for _, c := range []struct {
		args  []string
		query string
	}{
		{[]string{"actions", "edit", "1", "--what", "Send the minutes to JCM"}, "SELECT updated_by FROM actions WHERE id = 1"},
		{[]string{"entries", "edit", "4", "--title", "Renamed"}, "SELECT updated_by FROM entries WHERE id = 4"},
		{[]string{"partners", "edit", "1", "--notes", "Met"}, "SELECT updated_by FROM partners WHERE id = 1"},
		{[]string{"goals", "edit", "1", "--title", "A goal"}, "SELECT updated_by FROM goals WHERE id = 1"},
	} {
		sb.ok(append([]string{"--author", "sato"}, c.args...)...)
		if got := sb.query(c.query); got != "sato" {
			t.Errorf("%v: updated_by = %q, want sato", c.args, got)
		}
	}
}
