package fr.pilotectg.documents.domain;

import fr.pilotectg.convention.Conventions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two generated versions of a convention's document compared article by article and annex by annex (sections matched
 * by their heading), from the text stored with each at generation: each section unchanged, changed (with its lines
 * removed and added), added or removed.
 */
@Service
@Transactional(readOnly = true)
public class DocumentComparison {

    /** Past this many lines on either side of a changed stretch, the stretch is shown whole as removed and added. */
    static final int MAX_DIFF_CELLS = 4_000_000;

    public enum Status {
        UNCHANGED,
        CHANGED,
        ADDED,
        REMOVED
    }

    public enum LineOp {
        SAME,
        REMOVED,
        ADDED
    }

    public record Line(LineOp op, String text) {}

    public record SectionDiff(String title, Status status, int removed, int added, List<Line> lines) {
        public SectionDiff {
            lines = List.copyOf(lines);
        }
    }

    /** The comparison of {@code from} (the earlier) with {@code to}. */
    public record Result(
            DocumentRepository.Generated from, DocumentRepository.Generated to, List<SectionDiff> sections) {
        public Result {
            sections = List.copyOf(sections);
        }

        public long changed() {
            return sections.stream().filter(s -> s.status() != Status.UNCHANGED).count();
        }
    }

    private final Conventions conventions;
    private final DocumentRepository repository;

    DocumentComparison(Conventions conventions, DocumentRepository repository) {
        this.conventions = conventions;
        this.repository = repository;
    }

    /**
     * Compares document {@code toId} with {@code fromId}, or, when {@code fromId} is null, with the document of the
     * convention generated just before it (nothing before it: every section is added).
     */
    public Result compare(UUID conventionId, UUID toId, UUID fromId) {
        conventions.readable(conventionId, () -> DocumentErrors.notFound(conventionId));
        var to = repository.find(conventionId, toId).orElseThrow(() -> DocumentErrors.notFound(toId));
        DocumentRepository.Generated from = fromId == null
                ? repository.before(conventionId, to).orElse(null)
                : repository.find(conventionId, fromId).orElseThrow(() -> DocumentErrors.notFound(fromId));
        List<DocumentSections.Section> before = from == null ? List.of() : repository.sections(from.id());
        List<DocumentSections.Section> after = repository.sections(to.id());
        return new Result(from, to, diff(before, after));
    }

    static List<SectionDiff> diff(List<DocumentSections.Section> before, List<DocumentSections.Section> after) {
        Map<String, DocumentSections.Section> old = new LinkedHashMap<>();
        before.forEach(s -> old.putIfAbsent(s.title(), s));
        var result = new ArrayList<SectionDiff>();
        var seen = new java.util.HashSet<String>();
        for (DocumentSections.Section s : after) {
            if (!seen.add(s.title())) continue;
            DocumentSections.Section previous = old.get(s.title());
            if (previous == null) {
                result.add(new SectionDiff(
                        s.title(),
                        Status.ADDED,
                        0,
                        s.lines().size(),
                        s.lines().stream().map(l -> new Line(LineOp.ADDED, l)).toList()));
            } else if (previous.lines().equals(s.lines())) {
                result.add(new SectionDiff(s.title(), Status.UNCHANGED, 0, 0, List.of()));
            } else {
                List<Line> lines = lines(previous.lines(), s.lines());
                int removed = (int)
                        lines.stream().filter(l -> l.op() == LineOp.REMOVED).count();
                int added =
                        (int) lines.stream().filter(l -> l.op() == LineOp.ADDED).count();
                result.add(new SectionDiff(s.title(), Status.CHANGED, removed, added, lines));
            }
        }
        for (DocumentSections.Section s : before) {
            if (seen.contains(s.title())) continue;
            seen.add(s.title());
            result.add(new SectionDiff(
                    s.title(),
                    Status.REMOVED,
                    s.lines().size(),
                    0,
                    s.lines().stream().map(l -> new Line(LineOp.REMOVED, l)).toList()));
        }
        return List.copyOf(result);
    }

    /** A line diff: the common start and end kept, the middle by longest common subsequence (or whole if too long). */
    static List<Line> lines(List<String> a, List<String> b) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) start++;
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        var out = new ArrayList<Line>();
        for (int i = 0; i < start; i++) out.add(new Line(LineOp.SAME, a.get(i)));
        List<String> midA = a.subList(start, endA);
        List<String> midB = b.subList(start, endB);
        if ((long) midA.size() * midB.size() > MAX_DIFF_CELLS) {
            midA.forEach(l -> out.add(new Line(LineOp.REMOVED, l)));
            midB.forEach(l -> out.add(new Line(LineOp.ADDED, l)));
        } else {
            int n = midA.size();
            int m = midB.size();
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--)
                for (int j = m - 1; j >= 0; j--)
                    lcs[i][j] = midA.get(i).equals(midB.get(j))
                            ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            int i = 0;
            int j = 0;
            while (i < n && j < m) {
                if (midA.get(i).equals(midB.get(j))) {
                    out.add(new Line(LineOp.SAME, midA.get(i)));
                    i++;
                    j++;
                } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                    out.add(new Line(LineOp.REMOVED, midA.get(i++)));
                } else {
                    out.add(new Line(LineOp.ADDED, midB.get(j++)));
                }
            }
            while (i < n) out.add(new Line(LineOp.REMOVED, midA.get(i++)));
            while (j < m) out.add(new Line(LineOp.ADDED, midB.get(j++)));
        }
        for (int k = endA; k < a.size(); k++) out.add(new Line(LineOp.SAME, a.get(k)));
        return List.copyOf(out);
    }
}
