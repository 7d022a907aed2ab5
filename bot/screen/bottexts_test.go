package screen

import (
	"os"
	"slices"
	"strings"
	"testing"
)

// botTextsFile is where the compliance filter's trainer reads this package's
// texts (as allowed sentences: the second opinion must know the bot's own
// quotes, checklists and estimates; compliance imports nothing from the bot).
const botTextsFile = "../../compliance/testdata/bot_texts.txt"

// TestBotTextsFile keeps botTextsFile equal to every line allTexts renders.
// After a wording change, regenerate it and retrain the second opinion:
//
//	UPDATE_BOT_TEXTS=1 go test -run TestBotTextsFile ./bot/screen && go generate ./compliance
func TestBotTextsFile(t *testing.T) {
	want := botTextLines(allTexts(t))
	if os.Getenv("UPDATE_BOT_TEXTS") != "" {
		if err := os.WriteFile(botTextsFile, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(botTextsFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("%s is stale: run UPDATE_BOT_TEXTS=1 go test -run TestBotTextsFile ./bot/screen && go generate ./compliance", botTextsFile)
	}
}

// botTextLines is the distinct non-empty lines of texts, sorted, one per line.
func botTextLines(texts map[string]string) string {
	var lines []string
	for _, text := range texts {
		for l := range strings.SplitSeq(text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	slices.Sort(lines)
	return strings.Join(slices.Compact(lines), "\n") + "\n"
}
