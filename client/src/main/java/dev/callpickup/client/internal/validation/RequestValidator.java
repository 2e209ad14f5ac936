package dev.callpickup.client.internal.validation;

import dev.callpickup.client.errors.RequestValidationException;
import dev.callpickup.client.internal.invoker.ApiClient;
import dev.callpickup.client.internal.invoker.ApiClient.ParameterRule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a request against the spec before it is sent: the body with Hibernate Validator (the
 * generated models carry the spec's rules as annotations), the path, query and header
 * parameters with the rules the generator rendered from the spec into
 * {@link ApiClient#PARAMETER_RULES}. Collects every violation into one
 * {@link RequestValidationException}. Thread-safe.
 */
public final class RequestValidator {

  /** The constant {@code enumUnknownDefaultCase} adds to every generated enum. */
  static final String UNKNOWN_ENUM = "UNKNOWN_DEFAULT_OPEN_API";
  private static final int MAX_VALUE_CHARS = 40;

  private final Map<String, List<ParameterRule>> rulesByOperation;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  /** @return the process-wide instance; building Hibernate Validator is slow, using it is not */
  public static RequestValidator shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final RequestValidator INSTANCE = new RequestValidator();
  }

  /**
   * Hibernate Validator, built when the first body is checked: it takes about 150 ms to start,
   * and a program whose first calls only read (or that only reads) should not wait for it.
   */
  private static final class Bodies {
    static final Validator VALIDATOR = build();

    private static Validator build() {
      HibernateValidatorConfiguration config = Validation.byProvider(HibernateValidator.class)
          .configure()
          // No Jakarta EL on the classpath: messages are interpolated from parameters only.
          .messageInterpolator(new ParameterMessageInterpolator());
      ConstraintMapping mapping = config.createConstraintMapping();
      mapping.constraintDefinition(Size.class)
          .includeExistingValidators(false)
          .validatedBy(CodePointSizeValidator.class)
          .validatedBy(ContainerSizeValidator.class);
      return config.addMapping(mapping).buildValidatorFactory().getValidator();
    }
  }

  private RequestValidator() {
    this.rulesByOperation = ApiClient.PARAMETER_RULES.stream()
        .collect(Collectors.groupingBy(ParameterRule::operationId));
  }

  /**
   * @param operationId the spec's operationId
   * @param params every non-body parameter by its spec name (absent = not sent)
   * @param body the request body, or {@code null} when the operation has none
   * @throws RequestValidationException listing every violation
   */
  public void validate(String operationId, Map<String, ?> params, Object body) {
    validate(operationId, params, body, false);
  }

  /**
   * @param operationId the spec's operationId
   * @param params every non-body parameter by its spec name (absent = not sent)
   * @param body the request body
   * @param bodyRequired whether a {@code null} body is itself a violation
   * @throws RequestValidationException listing every violation
   */
  public void validate(String operationId, Map<String, ?> params, Object body,
      boolean bodyRequired) {
    List<String> violations = new ArrayList<>();
    if (body == null && bodyRequired) {
      violations.add("request: must not be null (null)");
    }
    List<ParameterRule> rules = rulesByOperation.get(operationId);
    if (rules == null) {
      throw new IllegalArgumentException("unknown operation " + operationId);
    }
    for (ParameterRule rule : rules) {
      checkParameter(rule, params.get(rule.name()), violations);
    }
    if (body != null) {
      checkBody(body, violations);
    }
    if (!violations.isEmpty()) {
      throw new RequestValidationException(violations);
    }
  }

  private void checkParameter(ParameterRule rule, Object value, List<String> out) {
    String field = rule.name();
    if (value == null) {
      if (rule.required()) {
        out.add(field + ": must not be null (null)");
      }
      return;
    }
    if (value instanceof Enum<?> e && UNKNOWN_ENUM.equals(e.name())) {
      out.add(field + ": must be a known value, not the unknown-value placeholder (" + e + ")");
      return;
    }
    if (value instanceof Number n) {
      if (rule.minimum() != null && n.longValue() < rule.minimum()) {
        out.add(field + ": must be greater than or equal to " + rule.minimum() + " (" + n + ")");
      }
      if (rule.maximum() != null && n.longValue() > rule.maximum()) {
        out.add(field + ": must be less than or equal to " + rule.maximum() + " (" + n + ")");
      }
      return;
    }
    String s = value.toString();
    int length = s.codePointCount(0, s.length());
    if (rule.minLength() != null && length < rule.minLength()) {
      out.add(field + ": length must be at least " + rule.minLength() + " (" + show(s) + ")");
    }
    if (rule.maxLength() != null && length > rule.maxLength()) {
      out.add(field + ": length must be at most " + rule.maxLength() + " (" + show(s) + ")");
    }
    if (rule.pattern() != null
        && !patterns.computeIfAbsent(rule.pattern(), Pattern::compile).matcher(s).find()) {
      out.add(field + ": must match \"" + rule.pattern() + "\" (" + show(s) + ")");
    }
  }

  private void checkBody(Object body, List<String> out) {
    List<String> found = new ArrayList<>();
    for (ConstraintViolation<Object> v : Bodies.VALIDATOR.validate(body)) {
      found.add(path(v.getPropertyPath()) + ": " + v.getMessage() + " ("
          + show(v.getInvalidValue()) + ")");
    }
    found.sort(Comparator.naturalOrder()); // HV reports in hash order; stable output reads better
    out.addAll(found);
    checkGetters(body, out);
  }

  /**
   * What the generated annotations cannot say: a collection element must not be null (the
   * element constraints accept null), and the unknown-enum placeholder must never be sent.
   */
  private static void checkGetters(Object body, List<String> out) {
    for (Method m : body.getClass().getMethods()) {
      if (!m.getName().startsWith("get") || m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class) {
        continue;
      }
      Object value;
      try {
        value = m.invoke(body);
      } catch (IllegalAccessException | InvocationTargetException e) {
        continue;
      }
      String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
      if (value instanceof Enum<?> e && UNKNOWN_ENUM.equals(e.name())) {
        out.add(field + ": must be a known value, not the unknown-value placeholder (" + e + ")");
      } else if (value instanceof Collection<?> c && c.stream().anyMatch(x -> x == null)) {
        out.add(field + "[]: must not contain null (null)");
      }
    }
  }

  /** {@code agents[].<iterable element>} reads as {@code agents[]}. */
  private static String path(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      String name = n.getName();
      if (name != null && !name.startsWith("<")) {
        sb.append(sb.length() > 0 ? "." : "").append(name);
      }
      if (n.isInIterable() && !sb.toString().endsWith("[]")) {
        sb.append("[]");
      }
    }
    return sb.toString();
  }

  /** A short, printable rendering of a rejected value. */
  static String show(Object value) {
    if (value == null) {
      return "null";
    }
    String s = value.toString();
    StringBuilder sb = new StringBuilder();
    s.codePoints().limit(MAX_VALUE_CHARS).forEach(cp -> {
      if (Character.isISOControl(cp)) {
        sb.append(String.format("\\u%04X", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    });
    if (s.codePointCount(0, s.length()) > MAX_VALUE_CHARS) {
      sb.append("...");
    }
    return sb.toString();
  }
}
