package fr.pilotectg.equipment.web;

import fr.pilotectg.equipment.DeclaredCount;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The declared counts of a commune, one line each: the count as typed and its source. */
public class InventoryForm {

    private List<Line> lines = new ArrayList<>();

    static InventoryForm of(List<DeclaredCount> declared) {
        InventoryForm form = new InventoryForm();
        for (DeclaredCount d : declared) {
            Line line = new Line();
            line.setId(d.id());
            line.setVersion(d.version());
            line.setLabel(d.label());
            line.setCount(String.valueOf(d.declared()));
            line.setSource(d.source());
            form.lines.add(line);
        }
        return form;
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    /** One declared line. */
    public static class Line {
        private UUID id;
        private Integer version;
        private String label;
        private String count;
        private String source;

        public UUID getId() {
            return id;
        }

        public void setId(UUID id) {
            this.id = id;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getCount() {
            return count;
        }

        public void setCount(String count) {
            this.count = count;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }
    }
}
