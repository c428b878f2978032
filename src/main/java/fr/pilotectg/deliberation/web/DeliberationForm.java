package fr.pilotectg.deliberation.web;

import fr.pilotectg.deliberation.domain.DeliberationDetails;
import fr.pilotectg.deliberation.domain.DeliberationInput;
import fr.pilotectg.deliberation.domain.DeliberationInput.ProxyInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The deliberation form: every value as typed; names one per line; proxies one per line as "giver → holder"
 * (also "giver -> holder" and "giver : holder").
 */
public class DeliberationForm {

    private String organisationId;
    private String issuerName;
    private String issuerSiren;
    private String body;
    private String number;
    private String object;
    private String seanceDate;
    private String seanceTime;
    private String seancePlace;
    private String convocationDate;
    private String rapporteur;
    private String matiere;
    private String membersInOffice;
    private String present = "";
    private String proxies = "";
    private String excused = "";
    private String absent = "";
    private String president;
    private String secretary;
    private String declaredPresent;
    private boolean reconvenedWithoutQuorum;
    private String vote = "";
    private String inFavour;
    private String against;
    private String abstention;
    private String notTakingPart;
    private String actesId;
    private String sentToPrefectureOn;
    private String receivedByPrefectureOn;
    private String publishedOn;
    private int version;

    /** The separators a proxy line may use between giver and holder, the first found wins. */
    private static final List<String> PROXY_SEPARATORS = List.of("→", "->", ":");

    static DeliberationForm of(DeliberationDetails details) {
        DeliberationInput in = DeliberationInput.of(details.deliberation());
        var form = new DeliberationForm();
        form.organisationId = in.organisationId().toString();
        form.issuerName = in.issuerName();
        form.issuerSiren = in.issuerSiren();
        form.body = in.body();
        form.number = in.number();
        form.object = in.object();
        form.seanceDate = in.seanceDate();
        form.seanceTime = in.seanceTime();
        form.seancePlace = in.seancePlace();
        form.convocationDate = in.convocationDate();
        form.rapporteur = in.rapporteur();
        form.matiere = in.matiere();
        form.membersInOffice = in.membersInOffice();
        form.present = String.join("\n", in.present());
        form.proxies = in.proxies().stream().map(ProxyInput::toString).collect(Collectors.joining("\n"));
        form.excused = String.join("\n", in.excused());
        form.absent = String.join("\n", in.absent());
        form.president = in.president();
        form.secretary = in.secretary();
        form.declaredPresent = in.declaredPresent();
        form.reconvenedWithoutQuorum = in.reconvenedWithoutQuorum();
        form.vote = in.vote() == null ? "" : in.vote();
        form.inFavour = in.inFavour();
        form.against = in.against();
        form.abstention = in.abstention();
        form.notTakingPart = in.notTakingPart();
        form.actesId = in.actesId();
        form.sentToPrefectureOn = in.sentToPrefectureOn();
        form.receivedByPrefectureOn = in.receivedByPrefectureOn();
        form.publishedOn = in.publishedOn();
        form.version = details.version();
        return form;
    }

    DeliberationInput input() {
        return new DeliberationInput(
                uuid(organisationId),
                issuerName,
                issuerSiren,
                body,
                number,
                object,
                seanceDate,
                seanceTime,
                seancePlace,
                convocationDate,
                rapporteur,
                matiere,
                membersInOffice,
                lines(present),
                proxyLines(proxies),
                lines(excused),
                lines(absent),
                president,
                secretary,
                declaredPresent,
                reconvenedWithoutQuorum,
                vote,
                inFavour,
                against,
                abstention,
                notTakingPart,
                actesId,
                sentToPrefectureOn,
                receivedByPrefectureOn,
                publishedOn);
    }

    /** Non-blank lines, stripped. */
    static List<String> lines(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** "M. HANON → M. ROBERT" lines; a line without separator is kept as a giver without holder (refused, with its text). */
    static List<ProxyInput> proxyLines(String text) {
        List<ProxyInput> proxies = new ArrayList<>();
        for (String line : lines(text)) {
            ProxyInput proxy = new ProxyInput(line, null);
            for (String separator : PROXY_SEPARATORS) {
                int at = line.indexOf(separator);
                if (at >= 0) {
                    proxy = new ProxyInput(
                            line.substring(0, at).strip(),
                            line.substring(at + separator.length()).strip());
                    break;
                }
            }
            proxies.add(proxy);
        }
        return proxies;
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(String organisationId) {
        this.organisationId = organisationId;
    }

    public String getIssuerName() {
        return issuerName;
    }

    public void setIssuerName(String issuerName) {
        this.issuerName = issuerName;
    }

    public String getIssuerSiren() {
        return issuerSiren;
    }

    public void setIssuerSiren(String issuerSiren) {
        this.issuerSiren = issuerSiren;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public String getSeanceDate() {
        return seanceDate;
    }

    public void setSeanceDate(String seanceDate) {
        this.seanceDate = seanceDate;
    }

    public String getSeanceTime() {
        return seanceTime;
    }

    public void setSeanceTime(String seanceTime) {
        this.seanceTime = seanceTime;
    }

    public String getSeancePlace() {
        return seancePlace;
    }

    public void setSeancePlace(String seancePlace) {
        this.seancePlace = seancePlace;
    }

    public String getConvocationDate() {
        return convocationDate;
    }

    public void setConvocationDate(String convocationDate) {
        this.convocationDate = convocationDate;
    }

    public String getRapporteur() {
        return rapporteur;
    }

    public void setRapporteur(String rapporteur) {
        this.rapporteur = rapporteur;
    }

    public String getMatiere() {
        return matiere;
    }

    public void setMatiere(String matiere) {
        this.matiere = matiere;
    }

    public String getMembersInOffice() {
        return membersInOffice;
    }

    public void setMembersInOffice(String membersInOffice) {
        this.membersInOffice = membersInOffice;
    }

    public String getPresent() {
        return present;
    }

    public void setPresent(String present) {
        this.present = present;
    }

    public String getProxies() {
        return proxies;
    }

    public void setProxies(String proxies) {
        this.proxies = proxies;
    }

    public String getExcused() {
        return excused;
    }

    public void setExcused(String excused) {
        this.excused = excused;
    }

    public String getAbsent() {
        return absent;
    }

    public void setAbsent(String absent) {
        this.absent = absent;
    }

    public String getPresident() {
        return president;
    }

    public void setPresident(String president) {
        this.president = president;
    }

    public String getSecretary() {
        return secretary;
    }

    public void setSecretary(String secretary) {
        this.secretary = secretary;
    }

    public String getDeclaredPresent() {
        return declaredPresent;
    }

    public void setDeclaredPresent(String declaredPresent) {
        this.declaredPresent = declaredPresent;
    }

    public boolean isReconvenedWithoutQuorum() {
        return reconvenedWithoutQuorum;
    }

    public void setReconvenedWithoutQuorum(boolean reconvenedWithoutQuorum) {
        this.reconvenedWithoutQuorum = reconvenedWithoutQuorum;
    }

    public String getVote() {
        return vote;
    }

    public void setVote(String vote) {
        this.vote = vote;
    }

    public String getInFavour() {
        return inFavour;
    }

    public void setInFavour(String inFavour) {
        this.inFavour = inFavour;
    }

    public String getAgainst() {
        return against;
    }

    public void setAgainst(String against) {
        this.against = against;
    }

    public String getAbstention() {
        return abstention;
    }

    public void setAbstention(String abstention) {
        this.abstention = abstention;
    }

    public String getNotTakingPart() {
        return notTakingPart;
    }

    public void setNotTakingPart(String notTakingPart) {
        this.notTakingPart = notTakingPart;
    }

    public String getActesId() {
        return actesId;
    }

    public void setActesId(String actesId) {
        this.actesId = actesId;
    }

    public String getSentToPrefectureOn() {
        return sentToPrefectureOn;
    }

    public void setSentToPrefectureOn(String sentToPrefectureOn) {
        this.sentToPrefectureOn = sentToPrefectureOn;
    }

    public String getReceivedByPrefectureOn() {
        return receivedByPrefectureOn;
    }

    public void setReceivedByPrefectureOn(String receivedByPrefectureOn) {
        this.receivedByPrefectureOn = receivedByPrefectureOn;
    }

    public String getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(String publishedOn) {
        this.publishedOn = publishedOn;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
