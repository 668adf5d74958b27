package cli

import (
	"strings"
	"testing"
)

// TestAssessUndo: assess --undo ID removes an assessment recorded by
// mistake and says what it said; it stands alone, and an id not there
// fails.
func TestAssessUndo(t *testing.T) {
	t.Parallel()
	sb := newSandbox(t)
	id := strings.TrimSpace(sb.ok("assess", "--partner", "UAW", "--goal", "1", "--stage", "3"))
	if code, _, errOut := sb.do("assess", "--undo", id, "--stage", "2"); code != 2 || !strings.Contains(errOut, "--undo and --stage cannot be given together") {
		t.Errorf("--undo with --stage: exit %d, %s", code, errOut)
	}
	if out := sb.ok("assess", "--undo", id); !strings.Contains(out, "Assessment "+id+" removed: stage 3 on goal 1 for") || !strings.Contains(out, "UAW") {
		t.Fatalf("undo says %q", out)
	}
	// It is gone: a second undo finds nothing.
	if code, _, errOut := sb.do("assess", "--undo", id); code != 1 || !strings.Contains(errOut, "assessment "+id+" not found") {
		t.Errorf("again: exit %d, %s", code, errOut)
	}
}
