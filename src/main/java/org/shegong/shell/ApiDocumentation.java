package org.shegong.shell;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: title, the build's version, how to authenticate (a bearer token from
 * {@code POST /api/v1/auth/token}, applied to every operation) and one tag per module, taken from the package
 * of the controller that serves the operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER = "bearer";

    private static final Map<String, String> MODULES = Map.of(
            "identity", "身份：登录与令牌、单位、账号、审计日志 / Identity: sign-in and tokens, units, accounts, audit log",
            "region", "行政区划与网格 / Regions and the grid layer",
            "calendar", "工作日历与期限计算 / Working calendar and deadlines",
            "duty", "职责清单与派单目录 / Duty lists and the dispatch catalogue",
            "demand", "接诉即办与 Open311 / Citizen demands and Open311",
            "notify", "消息提醒 / Notices",
            "insight", "三率考核、核减申诉、热点 / Assessment, appeals, hotspots",
            "petition", "信访 / Petitions",
            "shell", "平台 / Platform");

    @Bean
    OpenAPI shegongOpenApi(@Value("${info.app.version:dev}") String version) {
        return new OpenAPI()
                .info(new Info().title("社会工作服务综合平台 API / Shegong API").version(version)
                        .description("""
                                四川省社会工作服务综合平台的接口。先用 `POST /api/v1/auth/token`（用户名、密码）取得令牌，\
                                再以 `Authorization: Bearer <令牌>` 调用（接口文档页右上角 Authorize）。令牌 8 小时有效，\
                                账号被停用、角色或单位变更、密码被重置时立即失效。数据范围由账号所在单位决定；\
                                超出范围的记录答 404，不允许的操作答 403 并写入审计日志。

                                The API of Sichuan's social-work service platform. Get a token with \
                                `POST /api/v1/auth/token` (username, password), then send `Authorization: Bearer <token>` \
                                (Authorize, top right of this page). A token lasts 8 hours and ends at once when the account \
                                is disabled, its roles or unit change or its password is reset. Records outside the \
                                account's scope answer 404; steps it may not take answer 403 and are audited."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("opaque")
                        .description("POST /api/v1/auth/token")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Tags each operation with the module (package) of its controller. */
    @Bean
    OperationCustomizer moduleTags() {
        return (operation, handler) -> operation.tags(List.of(moduleOf(handler.getBeanType().getPackageName())));
    }

    /** Lists the module tags with their descriptions, in name order. */
    @Bean
    OpenApiCustomizer moduleTagList() {
        return openApi -> {
            var used = new TreeSet<String>();
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(path -> path.readOperations().forEach(op -> {
                    if (op.getTags() != null) {
                        used.addAll(op.getTags());
                    }
                }));
            }
            openApi.setTags(used.stream().map(name -> new Tag().name(name).description(MODULES.get(name))).toList());
        };
    }

    static String moduleOf(String packageName) {
        String rest = packageName.startsWith("org.shegong.") ? packageName.substring("org.shegong.".length()) : packageName;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
