; ModuleID = 'every'
source_filename = "every"

@eic_grad_units = constant i64 513
@eic_gain_floats = constant i64 512
@perm0.plus = private constant [4 x i32] [i32 2, i32 0, i32 3, i32 1]
@perm0.minus = private constant [4 x i32] [i32 1, i32 2, i32 0, i32 3]

define void @eic_gains(ptr %params, ptr %gains) {
entry:
  %0 = getelementptr float, ptr %params, i64 65536
  %1 = getelementptr float, ptr %gains, i64 0
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ 0, %entry ], [ %4, %body ]
  %2 = icmp slt i64 %i, 256
  br i1 %2, label %body, label %done

body:                                             ; preds = %loop
  %3 = getelementptr float, ptr %1, i64 %i
  store <8 x float> zeroinitializer, ptr %3, align 4
  %4 = add i64 %i, 8
  br label %loop

done:                                             ; preds = %loop
  br label %loop1

loop1:                                            ; preds = %done7, %done
  %i4 = phi i64 [ 0, %done ], [ %15, %done7 ]
  %5 = icmp slt i64 %i4, 1
  br i1 %5, label %body2, label %done3

body2:                                            ; preds = %loop1
  br label %loop5

done3:                                            ; preds = %loop1
  %6 = getelementptr float, ptr %params, i64 196624
  %7 = getelementptr float, ptr %gains, i64 256
  br label %loop13

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %23, %done11 ]
  %8 = icmp slt i64 %i8, 256
  br i1 %8, label %body6, label %done7

body6:                                            ; preds = %loop5
  %9 = mul i64 %i4, 256
  %10 = add i64 %9, %i8
  %11 = mul i64 %10, 256
  %12 = getelementptr float, ptr %0, i64 %11
  %13 = mul i64 %i4, 256
  %14 = getelementptr float, ptr %1, i64 %13
  br label %loop9

done7:                                            ; preds = %loop5
  %15 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %22, %body10 ]
  %16 = icmp slt i64 %i12, 256
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = getelementptr float, ptr %14, i64 %i12
  %18 = getelementptr float, ptr %12, i64 %i12
  %19 = load <8 x float>, ptr %18, align 4
  %20 = load <8 x float>, ptr %17, align 4
  %21 = fadd <8 x float> %20, %19
  store <8 x float> %21, ptr %17, align 4
  %22 = add i64 %i12, 8
  br label %loop9

done11:                                           ; preds = %loop9
  %23 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %body14, %done3
  %i16 = phi i64 [ 0, %done3 ], [ %26, %body14 ]
  %24 = icmp slt i64 %i16, 256
  br i1 %24, label %body14, label %done15

body14:                                           ; preds = %loop13
  %25 = getelementptr float, ptr %7, i64 %i16
  store <8 x float> zeroinitializer, ptr %25, align 4
  %26 = add i64 %i16, 8
  br label %loop13

done15:                                           ; preds = %loop13
  br label %loop17

loop17:                                           ; preds = %done23, %done15
  %i20 = phi i64 [ 0, %done15 ], [ %35, %done23 ]
  %27 = icmp slt i64 %i20, 1
  br i1 %27, label %body18, label %done19

body18:                                           ; preds = %loop17
  br label %loop21

done19:                                           ; preds = %loop17
  ret void

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %43, %done27 ]
  %28 = icmp slt i64 %i24, 256
  br i1 %28, label %body22, label %done23

body22:                                           ; preds = %loop21
  %29 = mul i64 %i20, 256
  %30 = add i64 %29, %i24
  %31 = mul i64 %30, 256
  %32 = getelementptr float, ptr %6, i64 %31
  %33 = mul i64 %i20, 256
  %34 = getelementptr float, ptr %7, i64 %33
  br label %loop25

done23:                                           ; preds = %loop21
  %35 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %body26, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %42, %body26 ]
  %36 = icmp slt i64 %i28, 256
  br i1 %36, label %body26, label %done27

body26:                                           ; preds = %loop25
  %37 = getelementptr float, ptr %34, i64 %i28
  %38 = getelementptr float, ptr %32, i64 %i28
  %39 = load <8 x float>, ptr %38, align 4
  %40 = load <8 x float>, ptr %37, align 4
  %41 = fadd <8 x float> %40, %39
  store <8 x float> %41, ptr %37, align 4
  %42 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  %43 = add i64 %i24, 1
  br label %loop21
}

define void @eic_forward(ptr %params, ptr %gains, ptr %acts, i64 %b0, i64 %b1, i64 %seed, i64 %step, i64 %first, float %sigma) {
entry:
  %0 = alloca float, align 4
  %1 = alloca <8 x float>, align 32
  %2 = alloca <8 x float>, align 32
  %3 = alloca <8 x float>, align 32
  %4 = alloca <8 x float>, align 32
  %5 = alloca float, align 4
  %6 = alloca float, align 4
  %7 = alloca <8 x float>, align 32
  %8 = alloca <8 x float>, align 32
  %9 = alloca <8 x float>, align 32
  %10 = alloca <8 x float>, align 32
  %11 = getelementptr float, ptr %params, i64 0
  br label %loop

loop:                                             ; preds = %done3, %entry
  %i = phi i64 [ 0, %entry ], [ %16, %done3 ]
  %12 = icmp slt i64 %i, 1
  br i1 %12, label %body, label %done

body:                                             ; preds = %loop
  br label %loop1

done:                                             ; preds = %loop
  br label %loop17

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %22, %done7 ]
  %13 = icmp slt i64 %i4, 1
  br i1 %13, label %body2, label %done3

body2:                                            ; preds = %loop1
  %14 = mul i64 %i, 1
  %15 = add i64 %14, %i4
  br label %loop5

done3:                                            ; preds = %loop1
  %16 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %done11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %29, %done11 ]
  %17 = icmp slt i64 %i8, 256
  br i1 %17, label %body6, label %done7

body6:                                            ; preds = %loop5
  %18 = mul i64 %15, 256
  %19 = add i64 %18, %i8
  %20 = mul i64 %19, 256
  %21 = getelementptr float, ptr %11, i64 %20
  br label %loop9

done7:                                            ; preds = %loop5
  %22 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %done15, %body6
  %i12 = phi i64 [ %b0, %body6 ], [ %86, %done15 ]
  %23 = icmp slt i64 %i12, %b1
  br i1 %23, label %body10, label %done11

body10:                                           ; preds = %loop9
  %24 = mul i64 %i4, 256
  %25 = mul i64 %i12, 1808
  %26 = add i64 %25, 0
  %27 = getelementptr float, ptr %acts, i64 %26
  %28 = getelementptr float, ptr %27, i64 %24
  store <8 x float> zeroinitializer, ptr %10, align 32
  store <8 x float> zeroinitializer, ptr %9, align 32
  store <8 x float> zeroinitializer, ptr %8, align 32
  store <8 x float> zeroinitializer, ptr %7, align 32
  br label %loop13

done11:                                           ; preds = %loop9
  %29 = add i64 %i8, 1
  br label %loop5

loop13:                                           ; preds = %body14, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %59, %body14 ]
  %30 = icmp slt i64 %i16, 256
  br i1 %30, label %body14, label %done15

body14:                                           ; preds = %loop13
  %31 = add i64 %i16, 0
  %32 = load <8 x float>, ptr %10, align 32
  %33 = getelementptr float, ptr %28, i64 %31
  %34 = load <8 x float>, ptr %33, align 4
  %35 = getelementptr float, ptr %21, i64 %31
  %36 = load <8 x float>, ptr %35, align 4
  %37 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %36, <8 x float> %34, <8 x float> %32)
  store <8 x float> %37, ptr %10, align 32
  %38 = add i64 %i16, 8
  %39 = load <8 x float>, ptr %9, align 32
  %40 = getelementptr float, ptr %28, i64 %38
  %41 = load <8 x float>, ptr %40, align 4
  %42 = getelementptr float, ptr %21, i64 %38
  %43 = load <8 x float>, ptr %42, align 4
  %44 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %43, <8 x float> %41, <8 x float> %39)
  store <8 x float> %44, ptr %9, align 32
  %45 = add i64 %i16, 16
  %46 = load <8 x float>, ptr %8, align 32
  %47 = getelementptr float, ptr %28, i64 %45
  %48 = load <8 x float>, ptr %47, align 4
  %49 = getelementptr float, ptr %21, i64 %45
  %50 = load <8 x float>, ptr %49, align 4
  %51 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %50, <8 x float> %48, <8 x float> %46)
  store <8 x float> %51, ptr %8, align 32
  %52 = add i64 %i16, 24
  %53 = load <8 x float>, ptr %7, align 32
  %54 = getelementptr float, ptr %28, i64 %52
  %55 = load <8 x float>, ptr %54, align 4
  %56 = getelementptr float, ptr %21, i64 %52
  %57 = load <8 x float>, ptr %56, align 4
  %58 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %57, <8 x float> %55, <8 x float> %53)
  store <8 x float> %58, ptr %7, align 32
  %59 = add i64 %i16, 32
  br label %loop13

done15:                                           ; preds = %loop13
  %60 = load <8 x float>, ptr %10, align 32
  %61 = load <8 x float>, ptr %9, align 32
  %62 = load <8 x float>, ptr %8, align 32
  %63 = load <8 x float>, ptr %7, align 32
  %64 = fadd <8 x float> %62, %63
  %65 = fadd <8 x float> %60, %61
  %66 = fadd <8 x float> %65, %64
  %67 = mul i64 %i12, 1808
  %68 = add i64 %67, 256
  %69 = getelementptr float, ptr %acts, i64 %68
  %70 = getelementptr float, ptr %69, i64 %19
  %71 = extractelement <8 x float> %66, i32 0
  %72 = extractelement <8 x float> %66, i32 1
  %73 = extractelement <8 x float> %66, i32 2
  %74 = extractelement <8 x float> %66, i32 3
  %75 = extractelement <8 x float> %66, i32 4
  %76 = extractelement <8 x float> %66, i32 5
  %77 = extractelement <8 x float> %66, i32 6
  %78 = extractelement <8 x float> %66, i32 7
  %79 = fadd float %71, %72
  %80 = fadd float %73, %74
  %81 = fadd float %75, %76
  %82 = fadd float %77, %78
  %83 = fadd float %79, %80
  %84 = fadd float %81, %82
  %85 = fadd float %83, %84
  store float %85, ptr %70, align 4
  %86 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %done
  %i20 = phi i64 [ %b0, %done ], [ %98, %done23 ]
  %87 = icmp slt i64 %i20, %b1
  br i1 %87, label %body18, label %done19

body18:                                           ; preds = %loop17
  %88 = mul i64 %i20, 1808
  %89 = add i64 %88, 256
  %90 = getelementptr float, ptr %acts, i64 %89
  %91 = mul i64 %i20, 1808
  %92 = add i64 %91, 512
  %93 = getelementptr float, ptr %acts, i64 %92
  br label %loop21

done19:                                           ; preds = %loop17
  %94 = fcmp olt float %sigma, 0.000000e+00
  %95 = select i1 %94, float 0x3FC99999A0000000, float %sigma
  %96 = fcmp ogt float %95, 0.000000e+00
  br label %loop33

loop21:                                           ; preds = %done27, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %100, %done27 ]
  %97 = icmp slt i64 %i24, 1
  br i1 %97, label %body22, label %done23

body22:                                           ; preds = %loop21
  br label %loop25

done23:                                           ; preds = %loop21
  %98 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %body22
  %i28 = phi i64 [ 0, %body22 ], [ %121, %done31 ]
  %99 = icmp slt i64 %i28, 256
  br i1 %99, label %body26, label %done27

body26:                                           ; preds = %loop25
  store float 0.000000e+00, ptr %6, align 4
  br label %loop29

done27:                                           ; preds = %loop25
  %100 = add i64 %i24, 1
  br label %loop21

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ 0, %body26 ], [ %110, %body30 ]
  %101 = icmp slt i64 %i32, 1
  br i1 %101, label %body30, label %done31

body30:                                           ; preds = %loop29
  %102 = mul i64 %i24, 1
  %103 = add i64 %102, %i32
  %104 = mul i64 %103, 256
  %105 = add i64 %104, %i28
  %106 = getelementptr float, ptr %90, i64 %105
  %107 = load float, ptr %106, align 4
  %108 = load float, ptr %6, align 4
  %109 = fadd float %108, %107
  store float %109, ptr %6, align 4
  %110 = add i64 %i32, 1
  br label %loop29

done31:                                           ; preds = %loop29
  %111 = mul i64 %i24, 256
  %112 = add i64 %111, %i28
  %113 = add i64 0, %112
  %114 = getelementptr float, ptr %gains, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = load float, ptr %6, align 4
  %117 = fmul float %116, %115
  %118 = icmp slt i64 %112, 256
  %119 = getelementptr float, ptr %93, i64 %112
  %120 = select i1 %118, float %117, float 0.000000e+00
  store float %120, ptr %119, align 4
  %121 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done43, %done19
  %i36 = phi i64 [ %b0, %done19 ], [ %212, %done43 ]
  %122 = icmp slt i64 %i36, %b1
  br i1 %122, label %body34, label %done35

body34:                                           ; preds = %loop33
  %123 = mul i64 %i36, 1808
  %124 = add i64 %123, 512
  %125 = getelementptr float, ptr %acts, i64 %124
  %126 = mul i64 %i36, 1808
  %127 = add i64 %126, 768
  %128 = getelementptr float, ptr %acts, i64 %127
  %129 = add i64 %first, %i36
  %130 = add i64 %seed, -7046029254386353131
  %131 = lshr i64 %130, 30
  %132 = xor i64 %130, %131
  %133 = mul i64 %132, -4658895280553007687
  %134 = lshr i64 %133, 27
  %135 = xor i64 %133, %134
  %136 = mul i64 %135, -7723592293110705685
  %137 = lshr i64 %136, 31
  %138 = xor i64 %136, %137
  %139 = add i64 %138, %step
  %140 = lshr i64 %139, 30
  %141 = xor i64 %139, %140
  %142 = mul i64 %141, -4658895280553007687
  %143 = lshr i64 %142, 27
  %144 = xor i64 %142, %143
  %145 = mul i64 %144, -7723592293110705685
  %146 = lshr i64 %145, 31
  %147 = xor i64 %145, %146
  %148 = or i64 3298534883328, %129
  %149 = add i64 %147, %148
  %150 = lshr i64 %149, 30
  %151 = xor i64 %149, %150
  %152 = mul i64 %151, -4658895280553007687
  %153 = lshr i64 %152, 27
  %154 = xor i64 %152, %153
  %155 = mul i64 %154, -7723592293110705685
  %156 = lshr i64 %155, 31
  %157 = xor i64 %155, %156
  br label %loop37

done35:                                           ; preds = %loop33
  %158 = getelementptr float, ptr %params, i64 131072
  %159 = load float, ptr %158, align 4
  %160 = fcmp ogt float %159, 0.000000e+00
  %161 = fneg float %159
  %162 = select i1 %160, float %161, float %159
  %163 = call float @llvm.exp.f32(float %162)
  %164 = fmul float 3.000000e+00, %163
  %165 = fadd float 1.000000e+00, %164
  %166 = fsub float 1.000000e+00, %163
  %167 = fdiv float %166, %165
  %168 = fadd float %163, 3.000000e+00
  %169 = fsub float %163, 1.000000e+00
  %170 = fdiv float %169, %168
  %171 = select i1 %160, float %167, float %170
  br label %loop45

loop37:                                           ; preds = %join, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %208, %join ]
  %172 = icmp slt i64 %i40, 256
  br i1 %172, label %body38, label %done39

body38:                                           ; preds = %loop37
  %173 = getelementptr float, ptr %125, i64 %i40
  %174 = load float, ptr %173, align 4
  store float %174, ptr %5, align 4
  br i1 %96, label %then, label %join

done39:                                           ; preds = %loop37
  br label %loop41

then:                                             ; preds = %body38
  %175 = mul i64 %i40, -7046029254386353131
  %176 = add i64 %157, %175
  %177 = lshr i64 %176, 30
  %178 = xor i64 %176, %177
  %179 = mul i64 %178, -4658895280553007687
  %180 = lshr i64 %179, 27
  %181 = xor i64 %179, %180
  %182 = mul i64 %181, -7723592293110705685
  %183 = lshr i64 %182, 31
  %184 = xor i64 %182, %183
  %185 = lshr i64 %184, 41
  %186 = mul i64 2, %185
  %187 = add i64 %186, 1
  %188 = lshr i64 %184, 17
  %189 = and i64 %188, 8388607
  %190 = mul i64 2, %189
  %191 = add i64 %190, 1
  %192 = uitofp i64 %187 to float
  %193 = fmul float %192, 0x3E70000000000000
  %194 = uitofp i64 %191 to float
  %195 = fmul float %194, 0x3E70000000000000
  %196 = call float @llvm.log.f32(float %193)
  %197 = fmul float -2.000000e+00, %196
  %198 = call float @llvm.sqrt.f32(float %197)
  %199 = fmul float 0x401921FB60000000, %195
  %200 = call float @llvm.cos.f32(float %199)
  %201 = fmul float %198, %200
  %202 = fmul float %95, %201
  %203 = fadd float %174, %202
  store float %203, ptr %5, align 4
  br label %join

join:                                             ; preds = %then, %body38
  %204 = load float, ptr %5, align 4
  %205 = fcmp oge float %204, 0x3FB99999A0000000
  %206 = getelementptr float, ptr %128, i64 %i40
  %207 = uitofp i1 %205 to float
  store float %207, ptr %206, align 4
  %208 = add i64 %i40, 1
  br label %loop37

loop41:                                           ; preds = %body42, %done39
  %i44 = phi i64 [ 256, %done39 ], [ %211, %body42 ]
  %209 = icmp slt i64 %i44, 256
  br i1 %209, label %body42, label %done43

body42:                                           ; preds = %loop41
  %210 = getelementptr float, ptr %128, i64 %i44
  store float 0.000000e+00, ptr %210, align 4
  %211 = add i64 %i44, 1
  br label %loop41

done43:                                           ; preds = %loop41
  %212 = add i64 %i36, 1
  br label %loop33

loop45:                                           ; preds = %done51, %done35
  %i48 = phi i64 [ %b0, %done35 ], [ %216, %done51 ]
  %213 = icmp slt i64 %i48, %b1
  br i1 %213, label %body46, label %done47

body46:                                           ; preds = %loop45
  br label %loop49

done47:                                           ; preds = %loop45
  %214 = getelementptr float, ptr %params, i64 131088
  br label %loop61

loop49:                                           ; preds = %done55, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %231, %done55 ]
  %215 = icmp slt i64 %i52, 1
  br i1 %215, label %body50, label %done51

body50:                                           ; preds = %loop49
  br label %loop53

done51:                                           ; preds = %loop49
  %216 = add i64 %i48, 1
  br label %loop45

loop53:                                           ; preds = %done59, %body50
  %i56 = phi i64 [ 0, %body50 ], [ %250, %done59 ]
  %217 = icmp slt i64 %i56, 4
  br i1 %217, label %body54, label %done55

body54:                                           ; preds = %loop53
  %218 = mul i64 %i52, 256
  %219 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i56
  %220 = load i32, ptr %219, align 4
  %221 = sext i32 %220 to i64
  %222 = mul i64 %221, 64
  %223 = add i64 %218, %222
  %224 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i56
  %225 = load i32, ptr %224, align 4
  %226 = sext i32 %225 to i64
  %227 = mul i64 %226, 64
  %228 = add i64 %218, %227
  %229 = mul i64 %i56, 64
  %230 = add i64 %218, %229
  br label %loop57

done55:                                           ; preds = %loop53
  %231 = add i64 %i52, 1
  br label %loop49

loop57:                                           ; preds = %body58, %body54
  %i60 = phi i64 [ 0, %body54 ], [ %249, %body58 ]
  %232 = icmp slt i64 %i60, 64
  br i1 %232, label %body58, label %done59

body58:                                           ; preds = %loop57
  %233 = add i64 %228, %i60
  %234 = add i64 %223, %i60
  %235 = add i64 %230, %i60
  %236 = mul i64 %i48, 1808
  %237 = add i64 %236, 768
  %238 = getelementptr float, ptr %acts, i64 %237
  %239 = getelementptr float, ptr %238, i64 %233
  %240 = load float, ptr %239, align 4
  %241 = getelementptr float, ptr %238, i64 %234
  %242 = load float, ptr %241, align 4
  %243 = fsub float %242, %240
  %244 = mul i64 %i48, 1808
  %245 = add i64 %244, 1024
  %246 = getelementptr float, ptr %acts, i64 %245
  %247 = getelementptr float, ptr %246, i64 %235
  %248 = fmul float %171, %243
  store float %248, ptr %247, align 4
  %249 = add i64 %i60, 1
  br label %loop57

done59:                                           ; preds = %loop57
  %250 = add i64 %i56, 1
  br label %loop53

loop61:                                           ; preds = %done67, %done47
  %i64 = phi i64 [ 0, %done47 ], [ %255, %done67 ]
  %251 = icmp slt i64 %i64, 1
  br i1 %251, label %body62, label %done63

body62:                                           ; preds = %loop61
  br label %loop65

done63:                                           ; preds = %loop61
  br label %loop81

loop65:                                           ; preds = %done71, %body62
  %i68 = phi i64 [ 0, %body62 ], [ %261, %done71 ]
  %252 = icmp slt i64 %i68, 1
  br i1 %252, label %body66, label %done67

body66:                                           ; preds = %loop65
  %253 = mul i64 %i64, 1
  %254 = add i64 %253, %i68
  br label %loop69

done67:                                           ; preds = %loop65
  %255 = add i64 %i64, 1
  br label %loop61

loop69:                                           ; preds = %done75, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %268, %done75 ]
  %256 = icmp slt i64 %i72, 256
  br i1 %256, label %body70, label %done71

body70:                                           ; preds = %loop69
  %257 = mul i64 %254, 256
  %258 = add i64 %257, %i72
  %259 = mul i64 %258, 256
  %260 = getelementptr float, ptr %214, i64 %259
  br label %loop73

done71:                                           ; preds = %loop69
  %261 = add i64 %i68, 1
  br label %loop65

loop73:                                           ; preds = %done79, %body70
  %i76 = phi i64 [ %b0, %body70 ], [ %325, %done79 ]
  %262 = icmp slt i64 %i76, %b1
  br i1 %262, label %body74, label %done75

body74:                                           ; preds = %loop73
  %263 = mul i64 %i68, 256
  %264 = mul i64 %i76, 1808
  %265 = add i64 %264, 1024
  %266 = getelementptr float, ptr %acts, i64 %265
  %267 = getelementptr float, ptr %266, i64 %263
  store <8 x float> zeroinitializer, ptr %4, align 32
  store <8 x float> zeroinitializer, ptr %3, align 32
  store <8 x float> zeroinitializer, ptr %2, align 32
  store <8 x float> zeroinitializer, ptr %1, align 32
  br label %loop77

done75:                                           ; preds = %loop73
  %268 = add i64 %i72, 1
  br label %loop69

loop77:                                           ; preds = %body78, %body74
  %i80 = phi i64 [ 0, %body74 ], [ %298, %body78 ]
  %269 = icmp slt i64 %i80, 256
  br i1 %269, label %body78, label %done79

body78:                                           ; preds = %loop77
  %270 = add i64 %i80, 0
  %271 = load <8 x float>, ptr %4, align 32
  %272 = getelementptr float, ptr %267, i64 %270
  %273 = load <8 x float>, ptr %272, align 4
  %274 = getelementptr float, ptr %260, i64 %270
  %275 = load <8 x float>, ptr %274, align 4
  %276 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %275, <8 x float> %273, <8 x float> %271)
  store <8 x float> %276, ptr %4, align 32
  %277 = add i64 %i80, 8
  %278 = load <8 x float>, ptr %3, align 32
  %279 = getelementptr float, ptr %267, i64 %277
  %280 = load <8 x float>, ptr %279, align 4
  %281 = getelementptr float, ptr %260, i64 %277
  %282 = load <8 x float>, ptr %281, align 4
  %283 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %282, <8 x float> %280, <8 x float> %278)
  store <8 x float> %283, ptr %3, align 32
  %284 = add i64 %i80, 16
  %285 = load <8 x float>, ptr %2, align 32
  %286 = getelementptr float, ptr %267, i64 %284
  %287 = load <8 x float>, ptr %286, align 4
  %288 = getelementptr float, ptr %260, i64 %284
  %289 = load <8 x float>, ptr %288, align 4
  %290 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %289, <8 x float> %287, <8 x float> %285)
  store <8 x float> %290, ptr %2, align 32
  %291 = add i64 %i80, 24
  %292 = load <8 x float>, ptr %1, align 32
  %293 = getelementptr float, ptr %267, i64 %291
  %294 = load <8 x float>, ptr %293, align 4
  %295 = getelementptr float, ptr %260, i64 %291
  %296 = load <8 x float>, ptr %295, align 4
  %297 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %296, <8 x float> %294, <8 x float> %292)
  store <8 x float> %297, ptr %1, align 32
  %298 = add i64 %i80, 32
  br label %loop77

done79:                                           ; preds = %loop77
  %299 = load <8 x float>, ptr %4, align 32
  %300 = load <8 x float>, ptr %3, align 32
  %301 = load <8 x float>, ptr %2, align 32
  %302 = load <8 x float>, ptr %1, align 32
  %303 = fadd <8 x float> %301, %302
  %304 = fadd <8 x float> %299, %300
  %305 = fadd <8 x float> %304, %303
  %306 = mul i64 %i76, 1808
  %307 = add i64 %306, 1280
  %308 = getelementptr float, ptr %acts, i64 %307
  %309 = getelementptr float, ptr %308, i64 %258
  %310 = extractelement <8 x float> %305, i32 0
  %311 = extractelement <8 x float> %305, i32 1
  %312 = extractelement <8 x float> %305, i32 2
  %313 = extractelement <8 x float> %305, i32 3
  %314 = extractelement <8 x float> %305, i32 4
  %315 = extractelement <8 x float> %305, i32 5
  %316 = extractelement <8 x float> %305, i32 6
  %317 = extractelement <8 x float> %305, i32 7
  %318 = fadd float %310, %311
  %319 = fadd float %312, %313
  %320 = fadd float %314, %315
  %321 = fadd float %316, %317
  %322 = fadd float %318, %319
  %323 = fadd float %320, %321
  %324 = fadd float %322, %323
  store float %324, ptr %309, align 4
  %325 = add i64 %i76, 1
  br label %loop73

loop81:                                           ; preds = %done87, %done63
  %i84 = phi i64 [ %b0, %done63 ], [ %334, %done87 ]
  %326 = icmp slt i64 %i84, %b1
  br i1 %326, label %body82, label %done83

body82:                                           ; preds = %loop81
  %327 = mul i64 %i84, 1808
  %328 = add i64 %327, 1280
  %329 = getelementptr float, ptr %acts, i64 %328
  %330 = mul i64 %i84, 1808
  %331 = add i64 %330, 1536
  %332 = getelementptr float, ptr %acts, i64 %331
  br label %loop85

done83:                                           ; preds = %loop81
  br label %loop97

loop85:                                           ; preds = %done91, %body82
  %i88 = phi i64 [ 0, %body82 ], [ %336, %done91 ]
  %333 = icmp slt i64 %i88, 1
  br i1 %333, label %body86, label %done87

body86:                                           ; preds = %loop85
  br label %loop89

done87:                                           ; preds = %loop85
  %334 = add i64 %i84, 1
  br label %loop81

loop89:                                           ; preds = %done95, %body86
  %i92 = phi i64 [ 0, %body86 ], [ %357, %done95 ]
  %335 = icmp slt i64 %i92, 256
  br i1 %335, label %body90, label %done91

body90:                                           ; preds = %loop89
  store float 0.000000e+00, ptr %0, align 4
  br label %loop93

done91:                                           ; preds = %loop89
  %336 = add i64 %i88, 1
  br label %loop85

loop93:                                           ; preds = %body94, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %346, %body94 ]
  %337 = icmp slt i64 %i96, 1
  br i1 %337, label %body94, label %done95

body94:                                           ; preds = %loop93
  %338 = mul i64 %i88, 1
  %339 = add i64 %338, %i96
  %340 = mul i64 %339, 256
  %341 = add i64 %340, %i92
  %342 = getelementptr float, ptr %329, i64 %341
  %343 = load float, ptr %342, align 4
  %344 = load float, ptr %0, align 4
  %345 = fadd float %344, %343
  store float %345, ptr %0, align 4
  %346 = add i64 %i96, 1
  br label %loop93

done95:                                           ; preds = %loop93
  %347 = mul i64 %i88, 256
  %348 = add i64 %347, %i92
  %349 = add i64 256, %348
  %350 = getelementptr float, ptr %gains, i64 %349
  %351 = load float, ptr %350, align 4
  %352 = load float, ptr %0, align 4
  %353 = fmul float %352, %351
  %354 = icmp slt i64 %348, 4
  %355 = getelementptr float, ptr %332, i64 %348
  %356 = select i1 %354, float %353, float 0.000000e+00
  store float %356, ptr %355, align 4
  %357 = add i64 %i92, 1
  br label %loop89

loop97:                                           ; preds = %done103, %done83
  %i100 = phi i64 [ %b0, %done83 ], [ %370, %done103 ]
  %358 = icmp slt i64 %i100, %b1
  br i1 %358, label %body98, label %done99

body98:                                           ; preds = %loop97
  br label %loop101

done99:                                           ; preds = %loop97
  ret void

loop101:                                          ; preds = %body102, %body98
  %i104 = phi i64 [ 0, %body98 ], [ %369, %body102 ]
  %359 = icmp slt i64 %i104, 4
  br i1 %359, label %body102, label %done103

body102:                                          ; preds = %loop101
  %360 = mul i64 %i100, 1808
  %361 = add i64 %360, 1792
  %362 = getelementptr float, ptr %acts, i64 %361
  %363 = getelementptr float, ptr %362, i64 %i104
  %364 = mul i64 %i100, 1808
  %365 = add i64 %364, 1536
  %366 = getelementptr float, ptr %acts, i64 %365
  %367 = getelementptr float, ptr %366, i64 %i104
  %368 = load float, ptr %367, align 4
  store float %368, ptr %363, align 4
  %369 = add i64 %i104, 1
  br label %loop101

done103:                                          ; preds = %loop101
  %370 = add i64 %i100, 1
  br label %loop97
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.log.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.cos.f32(float) #0

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #0

define void @eic_loss(ptr %acts, ptr %dacts, ptr %labels, i64 %b0, i64 %b1, i64 %batch, ptr %loss, ptr %correct) {
entry:
  %0 = alloca float, align 4
  %1 = alloca i64, align 8
  %2 = alloca float, align 4
  %3 = sitofp i64 %batch to float
  br label %loop

loop:                                             ; preds = %done11, %entry
  %i = phi i64 [ %b0, %entry ], [ %56, %done11 ]
  %4 = icmp slt i64 %i, %b1
  br i1 %4, label %body, label %done

body:                                             ; preds = %loop
  %5 = mul i64 %i, 1808
  %6 = add i64 %5, 1792
  %7 = getelementptr float, ptr %acts, i64 %6
  %8 = mul i64 %i, 1808
  %9 = add i64 %8, 1792
  %10 = getelementptr float, ptr %dacts, i64 %9
  %11 = getelementptr i32, ptr %labels, i64 %i
  %12 = load i32, ptr %11, align 4
  %13 = sext i32 %12 to i64
  %14 = load float, ptr %7, align 4
  store float %14, ptr %2, align 4
  store i64 0, ptr %1, align 4
  br label %loop1

done:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 1, %body ], [ %24, %body2 ]
  %15 = icmp slt i64 %i4, 4
  br i1 %15, label %body2, label %done3

body2:                                            ; preds = %loop1
  %16 = getelementptr float, ptr %7, i64 %i4
  %17 = load float, ptr %16, align 4
  %18 = load float, ptr %2, align 4
  %19 = fcmp ogt float %17, %18
  %20 = load float, ptr %2, align 4
  %21 = select i1 %19, float %17, float %20
  store float %21, ptr %2, align 4
  %22 = load i64, ptr %1, align 4
  %23 = select i1 %19, i64 %i4, i64 %22
  store i64 %23, ptr %1, align 4
  %24 = add i64 %i4, 1
  br label %loop1

done3:                                            ; preds = %loop1
  %25 = load float, ptr %2, align 4
  store float 0.000000e+00, ptr %0, align 4
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %34, %body6 ]
  %26 = icmp slt i64 %i8, 4
  br i1 %26, label %body6, label %done7

body6:                                            ; preds = %loop5
  %27 = getelementptr float, ptr %7, i64 %i8
  %28 = load float, ptr %27, align 4
  %29 = fsub float %28, %25
  %30 = call float @llvm.exp.f32(float %29)
  %31 = getelementptr float, ptr %10, i64 %i8
  store float %30, ptr %31, align 4
  %32 = load float, ptr %0, align 4
  %33 = fadd float %32, %30
  store float %33, ptr %0, align 4
  %34 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %35 = load float, ptr %0, align 4
  %36 = call float @llvm.log.f32(float %35)
  %37 = fadd float %25, %36
  %38 = getelementptr float, ptr %7, i64 %13
  %39 = load float, ptr %38, align 4
  %40 = fsub float %37, %39
  %41 = getelementptr float, ptr %loss, i64 %i
  store float %40, ptr %41, align 4
  %42 = load i64, ptr %1, align 4
  %43 = icmp eq i64 %42, %13
  %44 = zext i1 %43 to i32
  %45 = getelementptr i32, ptr %correct, i64 %i
  store i32 %44, ptr %45, align 4
  br label %loop9

loop9:                                            ; preds = %body10, %done7
  %i12 = phi i64 [ 0, %done7 ], [ %55, %body10 ]
  %46 = icmp slt i64 %i12, 4
  br i1 %46, label %body10, label %done11

body10:                                           ; preds = %loop9
  %47 = getelementptr float, ptr %10, i64 %i12
  %48 = load float, ptr %47, align 4
  %49 = fdiv float %48, %35
  %50 = icmp eq i64 %i12, %13
  %51 = uitofp i1 %50 to float
  %52 = getelementptr float, ptr %10, i64 %i12
  %53 = fsub float %49, %51
  %54 = fdiv float %53, %3
  store float %54, ptr %52, align 4
  %55 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %56 = add i64 %i, 1
  br label %loop
}

define void @eic_backward(ptr %params, ptr %gains, ptr %acts, ptr %dacts, i64 %b0, i64 %b1) {
entry:
  br label %loop

loop:                                             ; preds = %done7, %entry
  %i = phi i64 [ %b0, %entry ], [ %15, %done7 ]
  %0 = icmp slt i64 %i, %b1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = mul i64 %i, 1808
  %2 = add i64 %1, 1536
  %3 = getelementptr float, ptr %dacts, i64 %2
  br label %loop1

done:                                             ; preds = %loop
  br label %loop9

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %6, %body2 ]
  %4 = icmp slt i64 %i4, 256
  br i1 %4, label %body2, label %done3

body2:                                            ; preds = %loop1
  %5 = getelementptr float, ptr %3, i64 %i4
  store <8 x float> zeroinitializer, ptr %5, align 4
  %6 = add i64 %i4, 8
  br label %loop1

done3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %done3
  %i8 = phi i64 [ 0, %done3 ], [ %14, %body6 ]
  %7 = icmp slt i64 %i8, 4
  br i1 %7, label %body6, label %done7

body6:                                            ; preds = %loop5
  %8 = getelementptr float, ptr %3, i64 %i8
  %9 = mul i64 %i, 1808
  %10 = add i64 %9, 1792
  %11 = getelementptr float, ptr %dacts, i64 %10
  %12 = getelementptr float, ptr %11, i64 %i8
  %13 = load float, ptr %12, align 4
  store float %13, ptr %8, align 4
  %14 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %15 = add i64 %i, 1
  br label %loop

loop9:                                            ; preds = %done15, %done
  %i12 = phi i64 [ %b0, %done ], [ %24, %done15 ]
  %16 = icmp slt i64 %i12, %b1
  br i1 %16, label %body10, label %done11

body10:                                           ; preds = %loop9
  %17 = mul i64 %i12, 1808
  %18 = add i64 %17, 1536
  %19 = getelementptr float, ptr %dacts, i64 %18
  %20 = mul i64 %i12, 1808
  %21 = add i64 %20, 1280
  %22 = getelementptr float, ptr %dacts, i64 %21
  br label %loop13

done11:                                           ; preds = %loop9
  br label %loop25

loop13:                                           ; preds = %done19, %body10
  %i16 = phi i64 [ 0, %body10 ], [ %36, %done19 ]
  %23 = icmp slt i64 %i16, 1
  br i1 %23, label %body14, label %done15

body14:                                           ; preds = %loop13
  br label %loop17

done15:                                           ; preds = %loop13
  %24 = add i64 %i12, 1
  br label %loop9

loop17:                                           ; preds = %done23, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %44, %done23 ]
  %25 = icmp slt i64 %i20, 256
  br i1 %25, label %body18, label %done19

body18:                                           ; preds = %loop17
  %26 = mul i64 %i16, 256
  %27 = add i64 %26, %i20
  %28 = add i64 256, %27
  %29 = getelementptr float, ptr %gains, i64 %28
  %30 = load float, ptr %29, align 4
  %31 = getelementptr float, ptr %19, i64 %27
  %32 = load float, ptr %31, align 4
  %33 = fmul float %32, %30
  %34 = icmp slt i64 %27, 4
  %35 = select i1 %34, float %33, float 0.000000e+00
  br label %loop21

done19:                                           ; preds = %loop17
  %36 = add i64 %i16, 1
  br label %loop13

loop21:                                           ; preds = %body22, %body18
  %i24 = phi i64 [ 0, %body18 ], [ %43, %body22 ]
  %37 = icmp slt i64 %i24, 1
  br i1 %37, label %body22, label %done23

body22:                                           ; preds = %loop21
  %38 = mul i64 %i16, 1
  %39 = add i64 %38, %i24
  %40 = mul i64 %39, 256
  %41 = add i64 %40, %i20
  %42 = getelementptr float, ptr %22, i64 %41
  store float %35, ptr %42, align 4
  %43 = add i64 %i24, 1
  br label %loop21

done23:                                           ; preds = %loop21
  %44 = add i64 %i20, 1
  br label %loop17

loop25:                                           ; preds = %done31, %done11
  %i28 = phi i64 [ %b0, %done11 ], [ %53, %done31 ]
  %45 = icmp slt i64 %i28, %b1
  br i1 %45, label %body26, label %done27

body26:                                           ; preds = %loop25
  %46 = mul i64 %i28, 1808
  %47 = add i64 %46, 1024
  %48 = getelementptr float, ptr %dacts, i64 %47
  br label %loop29

done27:                                           ; preds = %loop25
  %49 = getelementptr float, ptr %params, i64 131088
  br label %loop33

loop29:                                           ; preds = %body30, %body26
  %i32 = phi i64 [ 0, %body26 ], [ %52, %body30 ]
  %50 = icmp slt i64 %i32, 256
  br i1 %50, label %body30, label %done31

body30:                                           ; preds = %loop29
  %51 = getelementptr float, ptr %48, i64 %i32
  store <8 x float> zeroinitializer, ptr %51, align 4
  %52 = add i64 %i32, 8
  br label %loop29

done31:                                           ; preds = %loop29
  %53 = add i64 %i28, 1
  br label %loop25

loop33:                                           ; preds = %done39, %done27
  %i36 = phi i64 [ 0, %done27 ], [ %58, %done39 ]
  %54 = icmp slt i64 %i36, 1
  br i1 %54, label %body34, label %done35

body34:                                           ; preds = %loop33
  br label %loop37

done35:                                           ; preds = %loop33
  br label %loop53

loop37:                                           ; preds = %done43, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %66, %done43 ]
  %55 = icmp slt i64 %i40, 1
  br i1 %55, label %body38, label %done39

body38:                                           ; preds = %loop37
  %56 = mul i64 %i36, 1
  %57 = add i64 %56, %i40
  br label %loop41

done39:                                           ; preds = %loop37
  %58 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %done47, %body38
  %i44 = phi i64 [ 0, %body38 ], [ %74, %done47 ]
  %59 = icmp slt i64 %i44, 256
  br i1 %59, label %body42, label %done43

body42:                                           ; preds = %loop41
  %60 = mul i64 %i36, 1
  %61 = add i64 %60, %i40
  %62 = mul i64 %61, 256
  %63 = add i64 %62, %i44
  %64 = mul i64 %63, 256
  %65 = getelementptr float, ptr %49, i64 %64
  br label %loop45

done43:                                           ; preds = %loop41
  %66 = add i64 %i40, 1
  br label %loop37

loop45:                                           ; preds = %join, %body42
  %i48 = phi i64 [ %b0, %body42 ], [ %82, %join ]
  %67 = icmp slt i64 %i48, %b1
  br i1 %67, label %body46, label %done47

body46:                                           ; preds = %loop45
  %68 = mul i64 %i48, 1808
  %69 = add i64 %68, 1280
  %70 = getelementptr float, ptr %dacts, i64 %69
  %71 = getelementptr float, ptr %70, i64 %63
  %72 = load float, ptr %71, align 4
  %73 = fcmp une float %72, 0.000000e+00
  br i1 %73, label %then, label %join

done47:                                           ; preds = %loop45
  %74 = add i64 %i44, 1
  br label %loop41

then:                                             ; preds = %body46
  %75 = insertelement <8 x float> undef, float %72, i32 0
  %76 = shufflevector <8 x float> %75, <8 x float> undef, <8 x i32> zeroinitializer
  %77 = mul i64 %i40, 256
  %78 = mul i64 %i48, 1808
  %79 = add i64 %78, 1024
  %80 = getelementptr float, ptr %dacts, i64 %79
  %81 = getelementptr float, ptr %80, i64 %77
  br label %loop49

join:                                             ; preds = %done51, %body46
  %82 = add i64 %i48, 1
  br label %loop45

loop49:                                           ; preds = %body50, %then
  %i52 = phi i64 [ 0, %then ], [ %89, %body50 ]
  %83 = icmp slt i64 %i52, 256
  br i1 %83, label %body50, label %done51

body50:                                           ; preds = %loop49
  %84 = getelementptr float, ptr %81, i64 %i52
  %85 = load <8 x float>, ptr %84, align 4
  %86 = getelementptr float, ptr %65, i64 %i52
  %87 = load <8 x float>, ptr %86, align 4
  %88 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %76, <8 x float> %87, <8 x float> %85)
  store <8 x float> %88, ptr %84, align 4
  %89 = add i64 %i52, 8
  br label %loop49

done51:                                           ; preds = %loop49
  br label %join

loop53:                                           ; preds = %done59, %done35
  %i56 = phi i64 [ %b0, %done35 ], [ %111, %done59 ]
  %90 = icmp slt i64 %i56, %b1
  br i1 %90, label %body54, label %done55

body54:                                           ; preds = %loop53
  %91 = mul i64 %i56, 1808
  %92 = add i64 %91, 768
  %93 = getelementptr float, ptr %dacts, i64 %92
  br label %loop57

done55:                                           ; preds = %loop53
  %94 = getelementptr float, ptr %params, i64 131072
  %95 = load float, ptr %94, align 4
  %96 = fcmp ogt float %95, 0.000000e+00
  %97 = fneg float %95
  %98 = select i1 %96, float %97, float %95
  %99 = call float @llvm.exp.f32(float %98)
  %100 = fmul float 3.000000e+00, %99
  %101 = fadd float 1.000000e+00, %100
  %102 = fsub float 1.000000e+00, %99
  %103 = fdiv float %102, %101
  %104 = fadd float %99, 3.000000e+00
  %105 = fsub float %99, 1.000000e+00
  %106 = fdiv float %105, %104
  %107 = select i1 %96, float %103, float %106
  br label %loop61

loop57:                                           ; preds = %body58, %body54
  %i60 = phi i64 [ 0, %body54 ], [ %110, %body58 ]
  %108 = icmp slt i64 %i60, 256
  br i1 %108, label %body58, label %done59

body58:                                           ; preds = %loop57
  %109 = getelementptr float, ptr %93, i64 %i60
  store <8 x float> zeroinitializer, ptr %109, align 4
  %110 = add i64 %i60, 8
  br label %loop57

done59:                                           ; preds = %loop57
  %111 = add i64 %i56, 1
  br label %loop53

loop61:                                           ; preds = %done67, %done55
  %i64 = phi i64 [ %b0, %done55 ], [ %114, %done67 ]
  %112 = icmp slt i64 %i64, %b1
  br i1 %112, label %body62, label %done63

body62:                                           ; preds = %loop61
  br label %loop65

done63:                                           ; preds = %loop61
  br label %loop77

loop65:                                           ; preds = %done71, %body62
  %i68 = phi i64 [ 0, %body62 ], [ %129, %done71 ]
  %113 = icmp slt i64 %i68, 1
  br i1 %113, label %body66, label %done67

body66:                                           ; preds = %loop65
  br label %loop69

done67:                                           ; preds = %loop65
  %114 = add i64 %i64, 1
  br label %loop61

loop69:                                           ; preds = %done75, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %150, %done75 ]
  %115 = icmp slt i64 %i72, 4
  br i1 %115, label %body70, label %done71

body70:                                           ; preds = %loop69
  %116 = mul i64 %i68, 256
  %117 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i72
  %118 = load i32, ptr %117, align 4
  %119 = sext i32 %118 to i64
  %120 = mul i64 %119, 64
  %121 = add i64 %116, %120
  %122 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i72
  %123 = load i32, ptr %122, align 4
  %124 = sext i32 %123 to i64
  %125 = mul i64 %124, 64
  %126 = add i64 %116, %125
  %127 = mul i64 %i72, 64
  %128 = add i64 %116, %127
  br label %loop73

done71:                                           ; preds = %loop69
  %129 = add i64 %i68, 1
  br label %loop65

loop73:                                           ; preds = %body74, %body70
  %i76 = phi i64 [ 0, %body70 ], [ %149, %body74 ]
  %130 = icmp slt i64 %i76, 64
  br i1 %130, label %body74, label %done75

body74:                                           ; preds = %loop73
  %131 = add i64 %126, %i76
  %132 = add i64 %121, %i76
  %133 = add i64 %128, %i76
  %134 = mul i64 %i64, 1808
  %135 = add i64 %134, 768
  %136 = getelementptr float, ptr %dacts, i64 %135
  %137 = mul i64 %i64, 1808
  %138 = add i64 %137, 1024
  %139 = getelementptr float, ptr %dacts, i64 %138
  %140 = getelementptr float, ptr %139, i64 %133
  %141 = load float, ptr %140, align 4
  %142 = fmul float %107, %141
  %143 = getelementptr float, ptr %136, i64 %132
  %144 = getelementptr float, ptr %136, i64 %131
  %145 = load float, ptr %143, align 4
  %146 = fadd float %145, %142
  store float %146, ptr %143, align 4
  %147 = load float, ptr %144, align 4
  %148 = fsub float %147, %142
  store float %148, ptr %144, align 4
  %149 = add i64 %i76, 1
  br label %loop73

done75:                                           ; preds = %loop73
  %150 = add i64 %i72, 1
  br label %loop69

loop77:                                           ; preds = %done83, %done63
  %i80 = phi i64 [ %b0, %done63 ], [ %174, %done83 ]
  %151 = icmp slt i64 %i80, %b1
  br i1 %151, label %body78, label %done79

body78:                                           ; preds = %loop77
  %152 = mul i64 %i80, 1808
  %153 = add i64 %152, 512
  %154 = getelementptr float, ptr %acts, i64 %153
  %155 = mul i64 %i80, 1808
  %156 = add i64 %155, 512
  %157 = getelementptr float, ptr %dacts, i64 %156
  %158 = mul i64 %i80, 1808
  %159 = add i64 %158, 768
  %160 = getelementptr float, ptr %dacts, i64 %159
  br label %loop81

done79:                                           ; preds = %loop77
  br label %loop85

loop81:                                           ; preds = %body82, %body78
  %i84 = phi i64 [ 0, %body78 ], [ %173, %body82 ]
  %161 = icmp slt i64 %i84, 256
  br i1 %161, label %body82, label %done83

body82:                                           ; preds = %loop81
  %162 = getelementptr float, ptr %154, i64 %i84
  %163 = load float, ptr %162, align 4
  %164 = fcmp ole float %163, 1.000000e+00
  %165 = fcmp oge float %163, -1.000000e+00
  %166 = and i1 %165, %164
  %167 = icmp slt i64 %i84, 256
  %168 = and i1 %166, %167
  %169 = getelementptr float, ptr %157, i64 %i84
  %170 = getelementptr float, ptr %160, i64 %i84
  %171 = load float, ptr %170, align 4
  %172 = select i1 %168, float %171, float 0.000000e+00
  store float %172, ptr %169, align 4
  %173 = add i64 %i84, 1
  br label %loop81

done83:                                           ; preds = %loop81
  %174 = add i64 %i80, 1
  br label %loop77

loop85:                                           ; preds = %done91, %done79
  %i88 = phi i64 [ %b0, %done79 ], [ %183, %done91 ]
  %175 = icmp slt i64 %i88, %b1
  br i1 %175, label %body86, label %done87

body86:                                           ; preds = %loop85
  %176 = mul i64 %i88, 1808
  %177 = add i64 %176, 512
  %178 = getelementptr float, ptr %dacts, i64 %177
  %179 = mul i64 %i88, 1808
  %180 = add i64 %179, 256
  %181 = getelementptr float, ptr %dacts, i64 %180
  br label %loop89

done87:                                           ; preds = %loop85
  ret void

loop89:                                           ; preds = %done95, %body86
  %i92 = phi i64 [ 0, %body86 ], [ %195, %done95 ]
  %182 = icmp slt i64 %i92, 1
  br i1 %182, label %body90, label %done91

body90:                                           ; preds = %loop89
  br label %loop93

done91:                                           ; preds = %loop89
  %183 = add i64 %i88, 1
  br label %loop85

loop93:                                           ; preds = %done99, %body90
  %i96 = phi i64 [ 0, %body90 ], [ %203, %done99 ]
  %184 = icmp slt i64 %i96, 256
  br i1 %184, label %body94, label %done95

body94:                                           ; preds = %loop93
  %185 = mul i64 %i92, 256
  %186 = add i64 %185, %i96
  %187 = add i64 0, %186
  %188 = getelementptr float, ptr %gains, i64 %187
  %189 = load float, ptr %188, align 4
  %190 = getelementptr float, ptr %178, i64 %186
  %191 = load float, ptr %190, align 4
  %192 = fmul float %191, %189
  %193 = icmp slt i64 %186, 256
  %194 = select i1 %193, float %192, float 0.000000e+00
  br label %loop97

done95:                                           ; preds = %loop93
  %195 = add i64 %i92, 1
  br label %loop89

loop97:                                           ; preds = %body98, %body94
  %i100 = phi i64 [ 0, %body94 ], [ %202, %body98 ]
  %196 = icmp slt i64 %i100, 1
  br i1 %196, label %body98, label %done99

body98:                                           ; preds = %loop97
  %197 = mul i64 %i92, 1
  %198 = add i64 %197, %i100
  %199 = mul i64 %198, 256
  %200 = add i64 %199, %i96
  %201 = getelementptr float, ptr %181, i64 %200
  store float %194, ptr %201, align 4
  %202 = add i64 %i100, 1
  br label %loop97

done99:                                           ; preds = %loop97
  %203 = add i64 %i96, 1
  br label %loop93
}

define void @eic_grads(ptr %params, ptr %gains, ptr %acts, ptr %dacts, ptr %grads, i64 %batch, i64 %u0, i64 %u1) {
entry:
  %0 = alloca float, align 4
  %1 = alloca float, align 4
  %2 = alloca float, align 4
  %3 = alloca float, align 4
  %4 = alloca float, align 4
  %5 = icmp sgt i64 %u0, 0
  %6 = select i1 %5, i64 %u0, i64 0
  %7 = icmp slt i64 %u1, 256
  %8 = select i1 %7, i64 %u1, i64 256
  br label %loop

loop:                                             ; preds = %done15, %entry
  %i = phi i64 [ %6, %entry ], [ %63, %done15 ]
  %9 = icmp slt i64 %i, %8
  br i1 %9, label %body, label %done

body:                                             ; preds = %loop
  %10 = sub i64 %i, 0
  %11 = sdiv i64 %10, 256
  %12 = srem i64 %10, 256
  %13 = add i64 0, %10
  %14 = getelementptr float, ptr %gains, i64 %13
  %15 = load float, ptr %14, align 4
  %16 = icmp slt i64 %10, 256
  store float 0.000000e+00, ptr %4, align 4
  br label %loop1

done:                                             ; preds = %loop
  %17 = icmp sgt i64 %u0, 256
  %18 = select i1 %17, i64 %u0, i64 256
  %19 = icmp slt i64 %u1, 512
  %20 = select i1 %19, i64 %u1, i64 512
  br label %loop29

loop1:                                            ; preds = %done7, %body
  %i4 = phi i64 [ 0, %body ], [ %46, %done7 ]
  %21 = icmp slt i64 %i4, %batch
  br i1 %21, label %body2, label %done3

body2:                                            ; preds = %loop1
  %22 = mul i64 %i4, 1808
  %23 = add i64 %22, 256
  %24 = getelementptr float, ptr %acts, i64 %23
  store float 0.000000e+00, ptr %3, align 4
  br label %loop5

done3:                                            ; preds = %loop1
  %25 = load float, ptr %4, align 4
  %26 = select i1 %16, float %25, float 0.000000e+00
  %27 = getelementptr float, ptr %grads, i64 65536
  br label %loop9

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %37, %body6 ]
  %28 = icmp slt i64 %i8, 1
  br i1 %28, label %body6, label %done7

body6:                                            ; preds = %loop5
  %29 = mul i64 %11, 1
  %30 = add i64 %29, %i8
  %31 = mul i64 %30, 256
  %32 = add i64 %31, %12
  %33 = getelementptr float, ptr %24, i64 %32
  %34 = load float, ptr %33, align 4
  %35 = load float, ptr %3, align 4
  %36 = fadd float %35, %34
  store float %36, ptr %3, align 4
  %37 = add i64 %i8, 1
  br label %loop5

done7:                                            ; preds = %loop5
  %38 = mul i64 %i4, 1808
  %39 = add i64 %38, 512
  %40 = getelementptr float, ptr %dacts, i64 %39
  %41 = getelementptr float, ptr %40, i64 %10
  %42 = load float, ptr %41, align 4
  %43 = load float, ptr %4, align 4
  %44 = load float, ptr %3, align 4
  %45 = call float @llvm.fmuladd.f32(float %42, float %44, float %43)
  store float %45, ptr %4, align 4
  %46 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %done3
  %i12 = phi i64 [ 0, %done3 ], [ %53, %body10 ]
  %47 = icmp slt i64 %i12, 256
  br i1 %47, label %body10, label %done11

body10:                                           ; preds = %loop9
  %48 = mul i64 %11, 256
  %49 = add i64 %48, %i12
  %50 = mul i64 %49, 256
  %51 = add i64 %50, %12
  %52 = getelementptr float, ptr %27, i64 %51
  store float %26, ptr %52, align 4
  %53 = add i64 %i12, 1
  br label %loop9

done11:                                           ; preds = %loop9
  %54 = getelementptr float, ptr %grads, i64 0
  %55 = select i1 %16, float %15, float 0.000000e+00
  br label %loop13

loop13:                                           ; preds = %done23, %done11
  %i16 = phi i64 [ 0, %done11 ], [ %75, %done23 ]
  %56 = icmp slt i64 %i16, 1
  br i1 %56, label %body14, label %done15

body14:                                           ; preds = %loop13
  %57 = mul i64 %11, 1
  %58 = add i64 %57, %i16
  %59 = mul i64 %58, 256
  %60 = add i64 %59, %12
  %61 = mul i64 %60, 256
  %62 = getelementptr float, ptr %54, i64 %61
  br label %loop17

done15:                                           ; preds = %loop13
  %63 = add i64 %i, 1
  br label %loop

loop17:                                           ; preds = %body18, %body14
  %i20 = phi i64 [ 0, %body14 ], [ %66, %body18 ]
  %64 = icmp slt i64 %i20, 256
  br i1 %64, label %body18, label %done19

body18:                                           ; preds = %loop17
  %65 = getelementptr float, ptr %62, i64 %i20
  store <8 x float> zeroinitializer, ptr %65, align 4
  %66 = add i64 %i20, 8
  br label %loop17

done19:                                           ; preds = %loop17
  br label %loop21

loop21:                                           ; preds = %join, %done19
  %i24 = phi i64 [ 0, %done19 ], [ %83, %join ]
  %67 = icmp slt i64 %i24, %batch
  br i1 %67, label %body22, label %done23

body22:                                           ; preds = %loop21
  %68 = mul i64 %i24, 1808
  %69 = add i64 %68, 512
  %70 = getelementptr float, ptr %dacts, i64 %69
  %71 = getelementptr float, ptr %70, i64 %10
  %72 = load float, ptr %71, align 4
  %73 = fmul float %72, %55
  %74 = fcmp une float %73, 0.000000e+00
  br i1 %74, label %then, label %join

done23:                                           ; preds = %loop21
  %75 = add i64 %i16, 1
  br label %loop13

then:                                             ; preds = %body22
  %76 = insertelement <8 x float> undef, float %73, i32 0
  %77 = shufflevector <8 x float> %76, <8 x float> undef, <8 x i32> zeroinitializer
  %78 = mul i64 %i16, 256
  %79 = mul i64 %i24, 1808
  %80 = add i64 %79, 0
  %81 = getelementptr float, ptr %acts, i64 %80
  %82 = getelementptr float, ptr %81, i64 %78
  br label %loop25

join:                                             ; preds = %done27, %body22
  %83 = add i64 %i24, 1
  br label %loop21

loop25:                                           ; preds = %body26, %then
  %i28 = phi i64 [ 0, %then ], [ %90, %body26 ]
  %84 = icmp slt i64 %i28, 256
  br i1 %84, label %body26, label %done27

body26:                                           ; preds = %loop25
  %85 = getelementptr float, ptr %62, i64 %i28
  %86 = load <8 x float>, ptr %85, align 4
  %87 = getelementptr float, ptr %82, i64 %i28
  %88 = load <8 x float>, ptr %87, align 4
  %89 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %77, <8 x float> %88, <8 x float> %86)
  store <8 x float> %89, ptr %85, align 4
  %90 = add i64 %i28, 8
  br label %loop25

done27:                                           ; preds = %loop25
  br label %join

loop29:                                           ; preds = %done47, %done
  %i32 = phi i64 [ %18, %done ], [ %144, %done47 ]
  %91 = icmp slt i64 %i32, %20
  br i1 %91, label %body30, label %done31

body30:                                           ; preds = %loop29
  %92 = sub i64 %i32, 256
  %93 = sdiv i64 %92, 256
  %94 = srem i64 %92, 256
  %95 = add i64 256, %92
  %96 = getelementptr float, ptr %gains, i64 %95
  %97 = load float, ptr %96, align 4
  %98 = icmp slt i64 %92, 4
  store float 0.000000e+00, ptr %2, align 4
  br label %loop33

done31:                                           ; preds = %loop29
  %99 = icmp sgt i64 %u1, 512
  %100 = icmp sle i64 %u0, 512
  %101 = and i1 %100, %99
  br i1 %101, label %then63, label %join64

loop33:                                           ; preds = %done39, %body30
  %i36 = phi i64 [ 0, %body30 ], [ %127, %done39 ]
  %102 = icmp slt i64 %i36, %batch
  br i1 %102, label %body34, label %done35

body34:                                           ; preds = %loop33
  %103 = mul i64 %i36, 1808
  %104 = add i64 %103, 1280
  %105 = getelementptr float, ptr %acts, i64 %104
  store float 0.000000e+00, ptr %1, align 4
  br label %loop37

done35:                                           ; preds = %loop33
  %106 = load float, ptr %2, align 4
  %107 = select i1 %98, float %106, float 0.000000e+00
  %108 = getelementptr float, ptr %grads, i64 196624
  br label %loop41

loop37:                                           ; preds = %body38, %body34
  %i40 = phi i64 [ 0, %body34 ], [ %118, %body38 ]
  %109 = icmp slt i64 %i40, 1
  br i1 %109, label %body38, label %done39

body38:                                           ; preds = %loop37
  %110 = mul i64 %93, 1
  %111 = add i64 %110, %i40
  %112 = mul i64 %111, 256
  %113 = add i64 %112, %94
  %114 = getelementptr float, ptr %105, i64 %113
  %115 = load float, ptr %114, align 4
  %116 = load float, ptr %1, align 4
  %117 = fadd float %116, %115
  store float %117, ptr %1, align 4
  %118 = add i64 %i40, 1
  br label %loop37

done39:                                           ; preds = %loop37
  %119 = mul i64 %i36, 1808
  %120 = add i64 %119, 1536
  %121 = getelementptr float, ptr %dacts, i64 %120
  %122 = getelementptr float, ptr %121, i64 %92
  %123 = load float, ptr %122, align 4
  %124 = load float, ptr %2, align 4
  %125 = load float, ptr %1, align 4
  %126 = call float @llvm.fmuladd.f32(float %123, float %125, float %124)
  store float %126, ptr %2, align 4
  %127 = add i64 %i36, 1
  br label %loop33

loop41:                                           ; preds = %body42, %done35
  %i44 = phi i64 [ 0, %done35 ], [ %134, %body42 ]
  %128 = icmp slt i64 %i44, 256
  br i1 %128, label %body42, label %done43

body42:                                           ; preds = %loop41
  %129 = mul i64 %93, 256
  %130 = add i64 %129, %i44
  %131 = mul i64 %130, 256
  %132 = add i64 %131, %94
  %133 = getelementptr float, ptr %108, i64 %132
  store float %107, ptr %133, align 4
  %134 = add i64 %i44, 1
  br label %loop41

done43:                                           ; preds = %loop41
  %135 = getelementptr float, ptr %grads, i64 131088
  %136 = select i1 %98, float %97, float 0.000000e+00
  br label %loop45

loop45:                                           ; preds = %done55, %done43
  %i48 = phi i64 [ 0, %done43 ], [ %156, %done55 ]
  %137 = icmp slt i64 %i48, 1
  br i1 %137, label %body46, label %done47

body46:                                           ; preds = %loop45
  %138 = mul i64 %93, 1
  %139 = add i64 %138, %i48
  %140 = mul i64 %139, 256
  %141 = add i64 %140, %94
  %142 = mul i64 %141, 256
  %143 = getelementptr float, ptr %135, i64 %142
  br label %loop49

done47:                                           ; preds = %loop45
  %144 = add i64 %i32, 1
  br label %loop29

loop49:                                           ; preds = %body50, %body46
  %i52 = phi i64 [ 0, %body46 ], [ %147, %body50 ]
  %145 = icmp slt i64 %i52, 256
  br i1 %145, label %body50, label %done51

body50:                                           ; preds = %loop49
  %146 = getelementptr float, ptr %143, i64 %i52
  store <8 x float> zeroinitializer, ptr %146, align 4
  %147 = add i64 %i52, 8
  br label %loop49

done51:                                           ; preds = %loop49
  br label %loop53

loop53:                                           ; preds = %join58, %done51
  %i56 = phi i64 [ 0, %done51 ], [ %164, %join58 ]
  %148 = icmp slt i64 %i56, %batch
  br i1 %148, label %body54, label %done55

body54:                                           ; preds = %loop53
  %149 = mul i64 %i56, 1808
  %150 = add i64 %149, 1536
  %151 = getelementptr float, ptr %dacts, i64 %150
  %152 = getelementptr float, ptr %151, i64 %92
  %153 = load float, ptr %152, align 4
  %154 = fmul float %153, %136
  %155 = fcmp une float %154, 0.000000e+00
  br i1 %155, label %then57, label %join58

done55:                                           ; preds = %loop53
  %156 = add i64 %i48, 1
  br label %loop45

then57:                                           ; preds = %body54
  %157 = insertelement <8 x float> undef, float %154, i32 0
  %158 = shufflevector <8 x float> %157, <8 x float> undef, <8 x i32> zeroinitializer
  %159 = mul i64 %i48, 256
  %160 = mul i64 %i56, 1808
  %161 = add i64 %160, 1024
  %162 = getelementptr float, ptr %acts, i64 %161
  %163 = getelementptr float, ptr %162, i64 %159
  br label %loop59

join58:                                           ; preds = %done61, %body54
  %164 = add i64 %i56, 1
  br label %loop53

loop59:                                           ; preds = %body60, %then57
  %i62 = phi i64 [ 0, %then57 ], [ %171, %body60 ]
  %165 = icmp slt i64 %i62, 256
  br i1 %165, label %body60, label %done61

body60:                                           ; preds = %loop59
  %166 = getelementptr float, ptr %143, i64 %i62
  %167 = load <8 x float>, ptr %166, align 4
  %168 = getelementptr float, ptr %163, i64 %i62
  %169 = load <8 x float>, ptr %168, align 4
  %170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %158, <8 x float> %169, <8 x float> %167)
  store <8 x float> %170, ptr %166, align 4
  %171 = add i64 %i62, 8
  br label %loop59

done61:                                           ; preds = %loop59
  br label %join58

then63:                                           ; preds = %done31
  store float 0.000000e+00, ptr %0, align 4
  br label %loop65

join64:                                           ; preds = %done67, %done31
  ret void

loop65:                                           ; preds = %done71, %then63
  %i68 = phi i64 [ 0, %then63 ], [ %190, %done71 ]
  %172 = icmp slt i64 %i68, %batch
  br i1 %172, label %body66, label %done67

body66:                                           ; preds = %loop65
  br label %loop69

done67:                                           ; preds = %loop65
  %173 = getelementptr float, ptr %params, i64 131072
  %174 = load float, ptr %173, align 4
  %175 = fcmp ogt float %174, 0.000000e+00
  %176 = fneg float %174
  %177 = select i1 %175, float %176, float %174
  %178 = call float @llvm.exp.f32(float %177)
  %179 = fmul float 3.000000e+00, %178
  %180 = fadd float 1.000000e+00, %179
  %181 = fadd float %178, 3.000000e+00
  %182 = select i1 %175, float %180, float %181
  %183 = fmul float %182, %182
  %184 = fmul float %178, 4.000000e+00
  %185 = fdiv float %184, %183
  %186 = getelementptr float, ptr %grads, i64 131072
  %187 = load float, ptr %0, align 4
  %188 = fmul float %187, %185
  store float %188, ptr %186, align 4
  br label %join64

loop69:                                           ; preds = %done75, %body66
  %i72 = phi i64 [ 0, %body66 ], [ %205, %done75 ]
  %189 = icmp slt i64 %i72, 1
  br i1 %189, label %body70, label %done71

body70:                                           ; preds = %loop69
  br label %loop73

done71:                                           ; preds = %loop69
  %190 = add i64 %i68, 1
  br label %loop65

loop73:                                           ; preds = %done79, %body70
  %i76 = phi i64 [ 0, %body70 ], [ %226, %done79 ]
  %191 = icmp slt i64 %i76, 4
  br i1 %191, label %body74, label %done75

body74:                                           ; preds = %loop73
  %192 = mul i64 %i72, 256
  %193 = getelementptr [4 x i32], ptr @perm0.plus, i64 0, i64 %i76
  %194 = load i32, ptr %193, align 4
  %195 = sext i32 %194 to i64
  %196 = mul i64 %195, 64
  %197 = add i64 %192, %196
  %198 = getelementptr [4 x i32], ptr @perm0.minus, i64 0, i64 %i76
  %199 = load i32, ptr %198, align 4
  %200 = sext i32 %199 to i64
  %201 = mul i64 %200, 64
  %202 = add i64 %192, %201
  %203 = mul i64 %i76, 64
  %204 = add i64 %192, %203
  br label %loop77

done75:                                           ; preds = %loop73
  %205 = add i64 %i72, 1
  br label %loop69

loop77:                                           ; preds = %body78, %body74
  %i80 = phi i64 [ 0, %body74 ], [ %225, %body78 ]
  %206 = icmp slt i64 %i80, 64
  br i1 %206, label %body78, label %done79

body78:                                           ; preds = %loop77
  %207 = add i64 %202, %i80
  %208 = add i64 %197, %i80
  %209 = add i64 %204, %i80
  %210 = mul i64 %i68, 1808
  %211 = add i64 %210, 768
  %212 = getelementptr float, ptr %acts, i64 %211
  %213 = getelementptr float, ptr %212, i64 %207
  %214 = load float, ptr %213, align 4
  %215 = getelementptr float, ptr %212, i64 %208
  %216 = load float, ptr %215, align 4
  %217 = fsub float %216, %214
  %218 = mul i64 %i68, 1808
  %219 = add i64 %218, 1024
  %220 = getelementptr float, ptr %dacts, i64 %219
  %221 = getelementptr float, ptr %220, i64 %209
  %222 = load float, ptr %221, align 4
  %223 = load float, ptr %0, align 4
  %224 = call float @llvm.fmuladd.f32(float %222, float %217, float %223)
  store float %224, ptr %0, align 4
  %225 = add i64 %i80, 1
  br label %loop77

done79:                                           ; preds = %loop77
  %226 = add i64 %i76, 1
  br label %loop73
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fmuladd.f32(float, float, float) #0

define void @eic_adam(ptr %params, ptr %grads, ptr %m, ptr %v, float %lr, float %beta1, float %beta2, float %eps, float %bc1, float %bc2, i64 %e0, i64 %e1) {
entry:
  br label %loop

loop:                                             ; preds = %body, %entry
  %i = phi i64 [ %e0, %entry ], [ %25, %body ]
  %0 = icmp slt i64 %i, %e1
  br i1 %0, label %body, label %done

body:                                             ; preds = %loop
  %1 = getelementptr float, ptr %grads, i64 %i
  %2 = load float, ptr %1, align 4
  %3 = getelementptr float, ptr %m, i64 %i
  %4 = getelementptr float, ptr %v, i64 %i
  %5 = getelementptr float, ptr %params, i64 %i
  %6 = fsub float 1.000000e+00, %beta1
  %7 = fmul float %6, %2
  %8 = load float, ptr %3, align 4
  %9 = fmul float %beta1, %8
  %10 = fadd float %9, %7
  %11 = fmul float %2, %2
  %12 = fsub float 1.000000e+00, %beta2
  %13 = fmul float %12, %11
  %14 = load float, ptr %4, align 4
  %15 = fmul float %beta2, %14
  %16 = fadd float %15, %13
  store float %10, ptr %3, align 4
  store float %16, ptr %4, align 4
  %17 = fdiv float %10, %bc1
  %18 = fdiv float %16, %bc2
  %19 = call float @llvm.sqrt.f32(float %18)
  %20 = fadd float %19, %eps
  %21 = fmul float %lr, %17
  %22 = fdiv float %21, %20
  %23 = load float, ptr %5, align 4
  %24 = fsub float %23, %22
  store float %24, ptr %5, align 4
  %25 = add i64 %i, 1
  br label %loop

done:                                             ; preds = %loop
  ret void
}

attributes #0 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
