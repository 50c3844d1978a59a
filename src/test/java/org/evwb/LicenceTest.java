package org.evwb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The product is Apache-2.0, so no GPL-licensed artifact may enter its runtime class path. Maven writes that class
 * path to a file before the tests ({@code dependency:build-classpath}, see the pom); for each jar this test reads the
 * licences its pom declares in the local repository (following parent poms, as Maven does), offline. LGPL, and GPL
 * with the Classpath Exception (OpenJFX), are allowed; an artifact with several licences passes when one of them is
 * allowed; an artifact whose pom names no licence fails, so that someone looks.
 */
class LicenceTest {

    private static final Pattern GPL = Pattern.compile("(?<![A-Za-z])A?GPL|General Public Licen[cs]e|Affero",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WEAK = Pattern.compile("Lesser|Library|LGPL|Classpath|\\+\\s*CE\\b",
            Pattern.CASE_INSENSITIVE);

    /** One licence name as a pom writes it: true when it is the GPL (or AGPL) without a linking exception. */
    static boolean isStrongGpl(String licenceName) {
        return GPL.matcher(licenceName).find() && !WEAK.matcher(licenceName).find();
    }

    /** An artifact is refused when it names no licence, or when every licence it offers is a strong GPL. */
    static boolean refused(List<String> licences) {
        return licences.isEmpty() || licences.stream().allMatch(LicenceTest::isStrongGpl);
    }

    @Test
    void licenceNamesAreClassifiedAsTheirPomsWriteThem() {
        // as written by org.jfree.svg 5.0.6 and org.jfree.pdf 2.0, the artifacts this test was written to keep out
        assertTrue(isStrongGpl("GNU General Public License (GPL)"));
        assertTrue(isStrongGpl("GPL-3.0-or-later"));
        assertTrue(isStrongGpl("GNU Affero General Public License v3"));
        assertTrue(isStrongGpl("GPLv2"));
        // allowed: LGPL (JFreeChart, JNA), GPL with the Classpath Exception (OpenJFX), permissive licences
        assertFalse(isStrongGpl("GNU Lesser General Public Licence"));
        assertFalse(isStrongGpl("LGPL-2.1-or-later"));
        assertFalse(isStrongGpl("GPLv2+CE"));
        assertFalse(isStrongGpl("GNU General Public License, version 2, with the Classpath Exception"));
        assertFalse(isStrongGpl("The Apache License, Version 2.0"));
        assertFalse(isStrongGpl("Eclipse Public License v2.0"));
        assertFalse(isStrongGpl("The 3-Clause BSD License"));
        assertTrue(refused(List.of("GNU General Public License (GPL)")));
        assertFalse(refused(List.of("LGPL-2.1-or-later", "Apache-2.0")), "a choice of licences passes on one");
        assertTrue(refused(List.of()), "an artifact naming no licence is looked at, not waved through");
    }

    @Test
    void noGplArtifactIsOnTheRuntimeClassPath() throws Exception {
        String file = System.getProperty("evwb.runtimeClasspath");
        assertTrue(file != null && Files.isRegularFile(Path.of(file)), "run through Maven: the pom writes the runtime "
                + "class path to target/runtime-classpath.txt before the tests (got " + file + ")");
        String text = Files.readString(Path.of(file), StandardCharsets.UTF_8).trim();
        List<String> jars = List.of(text.split(Pattern.quote(File.pathSeparator)));
        assertTrue(jars.size() > 10 && jars.stream().anyMatch(j -> j.contains("jackson-databind")),
                "not the product's class path: " + text);
        assertFalse(jars.stream().anyMatch(j -> j.contains("junit") || j.contains("testfx")),
                "test-scoped artifacts are not in the runtime class path: " + text);
        List<String> problems = new ArrayList<>();
        for (String jar : jars) {
            Path pom = pomOf(Path.of(jar));
            List<String> licences = licences(pom, repositoryRoot(pom));
            if (refused(licences)) {
                problems.add(pom.getFileName() + (licences.isEmpty() ? ": names no licence" : ": " + licences));
            }
        }
        assertEquals(List.of(), problems, "the product is Apache-2.0: replace these runtime dependencies by ones "
                + "under Apache-2.0, BSD, MIT, EPL or LGPL (or name the licence of one that has none)");
    }

    /** {@code …/g/r/o/u/p/artifact/1.0/artifact-1.0[-classifier].jar} → {@code …/artifact/1.0/artifact-1.0.pom}. */
    private static Path pomOf(Path jar) {
        Path versionDir = jar.getParent();
        String version = versionDir.getFileName().toString();
        String artifact = versionDir.getParent().getFileName().toString();
        Path pom = versionDir.resolve(artifact + "-" + version + ".pom");
        assertTrue(Files.isRegularFile(pom), "no pom beside " + jar + " (expected " + pom + ")");
        return pom;
    }

    /** The local repository's root, from a pom's path and the group id it declares (or inherits). */
    private static Path repositoryRoot(Path pom) throws Exception {
        Element project = read(pom).getDocumentElement();
        String group = child(project, "groupId").or(() -> childElement(project, "parent").flatMap(p -> child(p, "groupId")))
                .orElseThrow();
        Path dir = pom.getParent().getParent().getParent(); // above artifact/version
        for (int i = 0; i < group.split("\\.").length; i++) {
            dir = dir.getParent();
        }
        return dir;
    }

    /** The licence names of a pom, or of its nearest parent that declares any. */
    private static List<String> licences(Path pom, Path repository) throws Exception {
        for (int depth = 0; depth < 20 && pom != null; depth++) {
            Element project = read(pom).getDocumentElement();
            List<String> names = new ArrayList<>();
            Optional<Element> block = childElement(project, "licenses");
            if (block.isPresent()) {
                NodeList list = block.get().getElementsByTagName("license");
                for (int i = 0; i < list.getLength(); i++) {
                    child((Element) list.item(i), "name").ifPresent(names::add);
                }
            }
            if (!names.isEmpty()) {
                return names;
            }
            pom = parentPom(project, repository);
        }
        return List.of();
    }

    private static Path parentPom(Element project, Path repository) {
        Optional<Element> parent = childElement(project, "parent");
        if (parent.isEmpty()) {
            return null;
        }
        String g = child(parent.get(), "groupId").orElseThrow();
        String a = child(parent.get(), "artifactId").orElseThrow();
        String v = child(parent.get(), "version").orElseThrow();
        Path p = repository.resolve(g.replace('.', '/')).resolve(a).resolve(v).resolve(a + "-" + v + ".pom");
        return Files.isRegularFile(p) ? p : null;
    }

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(pom.toFile());
    }

    /** The text of a direct child element. */
    private static Optional<String> child(Element e, String name) {
        return childElement(e, name).map(c -> c.getTextContent().trim());
    }

    private static Optional<Element> childElement(Element e, String name) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
