package dev.callpickup.client.internal.feign;

import feign.Capability;
import feign.Contract;
import feign.MethodMetadata;
import java.util.List;

/**
 * Keeps an encoded {@code /} ({@code %2F}) encoded in path parameters. Feign's
 * {@code @RequestLine} decodes it by default ({@code decodeSlash = true}), which would let an ID
 * holding a slash (standard base64 does) change the request target. The generated interface
 * cannot be annotated by hand, so the parsed contract is adjusted instead.
 */
public final class PathSegmentEncoding implements Capability {

  @Override
  public Contract enrich(Contract contract) {
    return targetType -> {
      List<MethodMetadata> methods = contract.parseAndValidateMetadata(targetType);
      for (MethodMetadata m : methods) {
        m.template().decodeSlash(false);
      }
      return methods;
    };
  }
}
